// errorcheck
// go 1.19

package main

func main() {
	x := 1 // ERROR "x declared but not used"
	var y int // ERROR "y declared but not used"
	for i := 0; i < 3; i++ {
		z := i // ERROR "z declared but not used"
	}
}
