// errorcheck

package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func main() int { // ERROR "func main must have no arguments and no return values"
	init(1) // ERROR "undefined: init"
	return 0
}
