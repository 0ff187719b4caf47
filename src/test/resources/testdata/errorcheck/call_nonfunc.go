// errorcheck

package main

type T struct{}

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	s := "abc"
	_ = s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
	var t T
	t.m() // ERROR "t.m undefined \(type T has no field or method m\)"
}
