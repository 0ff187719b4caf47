// errorcheck

package main

func f() {}

func f() {} // ERROR "f redeclared in this block"

type T int

var T = 1 // ERROR "T redeclared in this block"

func main() {
	x := 1
	var x = 2 // ERROR "x redeclared in this block"
	_ = x
}
