// errorcheck
// go 1.19

package main

type P struct {
	X, Y int
}

func main() {
	_ = P{Z: 1}    // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{1}       // ERROR "too few values in P{…}"
	_ = P{1, 2, 3} // ERROR "too many values in P{…}"
}
