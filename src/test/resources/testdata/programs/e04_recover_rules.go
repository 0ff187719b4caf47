package main

import (
	"fmt"
	"runtime"
)

func helper() {
	if r := recover(); r != nil {
		fmt.Println("helper recovered", r)
	}
}

func direct() {
	defer helper()
	panic("direct")
}

func nested() {
	defer func() {
		func() {
			r := recover()
			fmt.Println("nested func recover returns", r)
		}()
	}()
	defer func() {
		fmt.Println("recover in plain defer:", recover())
	}()
	panic("nested")
}

func deferOrder() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	return "r"
}

func runtimeErr() {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("runtime.Error:", re.Error())
		}
	}()
	var a []int
	_ = a[3]
}

func main() {
	direct()
	nested()
	fmt.Println(deferOrder())
	runtimeErr()
	defer func() {
		fmt.Println("main recover", recover())
		var p *int
		defer fmt.Println("after nil deref?")
		*p = 1
	}()
	panic(42)
}
