package main

import (
	"errors"
	"fmt"
	"math"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v", name, r)
		if e, ok := r.(error); ok {
			fmt.Printf(" [error %T]", e)
		}
		fmt.Println()
	}()
	f()
}

type T struct{ p *int }

func main() {
	try("shift", func() {
		n := -1
		_ = 1 << n
	})
	try("minint", func() {
		x := int64(math.MinInt64)
		y := int64(-1)
		fmt.Println(x/y, x%y)
	})
	try("nilfunc", func() {
		var f func()
		f()
	})
	try("nilmap-read", func() {
		var m map[string]int
		fmt.Println(m["x"])
	})
	try("nil-struct-ptr", func() {
		var t *T
		_ = t.p
	})
	try("div-zero-float", func() {
		z := 0.0
		fmt.Println(1/z, -1/z, z/z)
	})
	try("slice-of-nil", func() {
		var s []int
		fmt.Println(s[:0], len(s[0:0]))
		_ = s[:1]
	})
	try("string-index", func() {
		s := "hi"
		i := -1 + len(s)*0
		_ = s[i+3]
	})
	try("conversion", func() {
		var i interface{} = "x"
		_ = i.(fmt.Stringer)
	})
	try("conversion2", func() {
		var e error = errors.New("x")
		_ = e.(interface{ Foo() })
	})
	try("make-chan", func() {
		n := -1
		_ = make(chan int, n)
	})
	try("make-map", func() {
		n := -1
		_ = make(map[int]int, n)
		fmt.Println("map ok")
	})
	try("array-ptr", func() {
		var p *[3]int
		fmt.Println(len(p))
		_ = p[1]
	})
	try("append-nil", func() {
		var s []int
		s = append(s, 1)
		fmt.Println(s)
	})
	try("custom", func() { panic(errors.New("custom err")) })
	try("int", func() { panic(3) })
	try("slice3", func() {
		s := make([]int, 2, 4)
		i := 5
		_ = s[:2:i]
	})
}
