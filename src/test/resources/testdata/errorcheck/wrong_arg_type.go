// errorcheck

package main

import "strings"

func area(w, h float64) float64 { return w * h }

func main() {
	n := 3
	_ = area(n, 2)                 // ERROR "cannot use n \(variable of type int\) as float64 value in argument to area"
	_ = strings.Repeat("a", "b")   // ERROR "cannot use \"b\" \(untyped string constant\) as int value in argument to strings.Repeat"
	_ = strings.ToUpper(n)         // ERROR "cannot use n \(variable of type int\) as string value in argument to strings.ToUpper"
	var s string = n               // ERROR "cannot use n \(variable of type int\) as string value in variable declaration"
	s = 'x'                        // ERROR "cannot use 'x' \(untyped rune constant 120\) as string value in assignment"
	_ = s
}
