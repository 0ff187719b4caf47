// errorcheck

package main

type S struct{ xs []int }

func main() {
	var a map[[]int]string    // ERROR "invalid map key type \[\]int"
	b := map[func()]int{}     // ERROR "invalid map key type func\(\)"
	c := make(map[S]bool)     // ERROR "invalid map key type S"
	var d map[map[int]int]int // ERROR "invalid map key type map\[int\]int"
	_, _, _, _ = a, b, c, d
}
