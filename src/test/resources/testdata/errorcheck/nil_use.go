// errorcheck

package main

func main() {
	x := nil     // ERROR "use of untyped nil in assignment"
	var y = nil  // ERROR "use of untyped nil in variable declaration"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string
	s = nil // ERROR "cannot use nil as string value in assignment"
	_, _, _, _ = x, y, i, s
}
