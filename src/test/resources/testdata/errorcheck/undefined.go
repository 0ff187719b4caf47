// errorcheck

package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x + y) // ERROR "undefined: y"
	foo()              // ERROR "undefined: foo"
	var t T            // ERROR "undefined: T"
	fmt.Printline(t)   // ERROR "undefined: fmt.Printline"
}
