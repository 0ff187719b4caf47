// errorcheck
// go 1.19

package main

const c = 1

type P struct{ x int }

func f() P { return P{} }

func main() {
	s := "hello"
	_ = s
	c = 2      // ERROR "cannot assign to c \(untyped int constant 1\)"
	f().x = 3  // ERROR "cannot assign to f\(\).x \(value of type int\)"
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\].x in map"
	len(s) = 2   // ERROR "cannot assign to len\(s\) \(value of type int\)"
}
