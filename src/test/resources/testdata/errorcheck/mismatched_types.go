// errorcheck

package main

func main() {
	a := 1
	b := "x"
	var f float64 = 2
	_ = a + b  // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	_ = a * f  // ERROR "invalid operation: a \* f \(mismatched types int and float64\)"
	_ = a == b // ERROR "invalid operation: a == b \(mismatched types int and string\)"
	_ = b + 1  // ERROR "invalid operation: b \+ 1 \(mismatched types string and untyped int\)"
}
