// errorcheck

package main

func main() {
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	f := 2.0
	_ = f << 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	s := "a"
	_ = 1 << s // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
}
