// errorcheck

package main

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	s := "a"
	*s = "b" // ERROR "invalid operation: cannot indirect s \(variable of type string\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
}
