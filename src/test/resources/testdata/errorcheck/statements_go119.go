// errorcheck
// go 1.19

package main

func f() int { return 1 }

func main() {
	x := 1
	x       // ERROR "x \(variable of type int\) is not used"
	x + 1   // ERROR "x \+ 1 \(value of type int\) is not used"
	f       // ERROR "f \(value of type func\(\) int\) is not used"
	"str"   // ERROR "\"str\" \(untyped string constant\) is not used"
	go f    // ERROR "expression in go must be function call"
	defer x // ERROR "expression in defer must be function call" "invalid operation: cannot call non-function x \(variable of type int\)"
	defer int(1) // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
}
