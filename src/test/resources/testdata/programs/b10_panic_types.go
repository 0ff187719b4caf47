package main

import "fmt"

type T struct {
	A int
	B string
}

func try(f func()) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f()
}

func main() {
	try(func() { panic(T{1, "x"}) })
	try(func() { panic(fmt.Errorf("wrapped %d", 3)) })
	try(func() {
		var i interface{} = 3
		_ = i.(string)
	})
	try(func() {
		var s fmt.Stringer
		_ = s.String()
	})
	try(func() {
		a := make([]int, 3, 5)
		_ = a[1:7]
	})
	try(func() {
		n := -1
		_ = make([]int, n)
	})
	try(func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try(func() {
		x := []int{1, 2, 3}
		i, j := 2, 1
		_ = x[i:j]
	})
	try(func() {
		var arr [4]int
		idx := 4
		arr[idx] = 1
	})
	try(func() {
		s := "abc"
		k := 10
		_ = s[k]
	})
	panic(T{2, "y"})
}
