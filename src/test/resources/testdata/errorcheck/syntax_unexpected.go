// errorcheck

package main

func main() {
	x := 1 +
	y := 2 // ERROR "syntax error: unexpected :=, expected expression|syntax error: unexpected :="
	_ = x
}
