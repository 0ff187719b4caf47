// errorcheck
// go 1.19

package main

func main() {
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
	_ = min(1, 2) // ERROR "undefined: min"
	clear([]int{}) // ERROR "undefined: clear"
}
