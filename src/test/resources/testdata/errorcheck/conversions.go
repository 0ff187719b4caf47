// errorcheck

package main

type Celsius float64

func main() {
	_ = string(1.5)      // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	s := "12"
	_ = int(s)           // ERROR "cannot convert s \(variable of type string\) to type int"
	var p *int
	_ = float64(p)       // ERROR "cannot convert p \(variable of type \*int\) to type float64"
	_ = []int("abc")     // ERROR "cannot convert \"abc\" \(untyped string constant\) to type \[\]int"
	_ = Celsius("hot")   // ERROR "cannot convert \"hot\" \(untyped string constant\) to type Celsius"
	_ = int(3.7)         // ERROR "^cannot convert 3.7 \(untyped float constant\) to type int$"
	_ = string(65)       // allowed by the compiler (vet complains)
	_ = bool(1)          // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
}
