// errorcheck
// go 1.19

package main

import "fmt"

var v int

func main() {
	var a v // ERROR "v \(variable of type int\) is not a type"
	var b fmt.Foo // ERROR "undefined: fmt.Foo"
	_, _ = a, b
	_ = int // ERROR "int \(type\) is not an expression"
	_ = fmt // ERROR "use of package fmt not in selector"
	_ = len // ERROR "len \(built-in\) must be called"
}
