// errorcheck

package main

type S struct{ xs []int }

func main() {
	a, b := []int{1}, []int{2}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m := map[int]int{}
	_ = m == m // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	f := func() {}
	_ = f != nil
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	var s1, s2 S
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = a < b    // ERROR "invalid operation: a < b \(operator < not defined on slice\)"
	x := 1
	_ = x == nil // ERROR "invalid operation: x == nil \(mismatched types int and untyped nil\)"
}
