// errorcheck

package main

const c = 1

type P struct{ x int }

func f() P { return P{} }

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	c = 2      // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	f().x = 3  // ERROR "cannot assign to f\(\).x \(neither addressable nor a map index expression\)"
	m := map[string]P{}
	m["a"].x = 1 // ERROR "cannot assign to struct field m\[\"a\"\].x in map"
}
