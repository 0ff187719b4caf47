// errorcheck
// go 1.19

package main

func main() {
	a := [3]int{1, 2, 3}
	_ = a[5]  // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	s := []int{1}
	_ = s[1.5] // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = "abc"[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	x := 5
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = s["a"] // ERROR "cannot convert \"a\" \(untyped string constant\) to int"
}
