package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func named() (x int, err error) {
	defer func() {
		x *= 2
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	x = 5
	panic("boom")
}

func deferArgs() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer arg", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("defer closure", i) }()
	}
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	d := counter()
	fmt.Println(d(), c())
	fmt.Println(named())
	deferArgs()
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	for _, v := range []string{"a", "b"} {
		fs = append(fs[:0], func() { fmt.Print(v) })
	}
	fs[0]()
	fmt.Println()
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered", r, ok, err)
		}()
		a := []int{1}
		i := 5
		_ = a[i]
	}()
}
