// errorcheck

package main

func main() {
	x := 1    // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	f := func() {
		z := 2 // ERROR "declared and not used: z"
	}
	f()
	a, b := 1, 2 // ERROR "declared and not used: a"
	_ = b
}
