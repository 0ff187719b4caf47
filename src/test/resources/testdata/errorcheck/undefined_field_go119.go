// errorcheck
// go 1.19

package main

type P struct {
	X, Y int
	name string
}

func (p P) Len() int { return p.X }

func main() {
	p := P{}
	_ = p.Z     // ERROR "p.Z undefined \(type P has no field or method Z\)"
	_ = p.len() // ERROR "p.len undefined \(type P has no field or method len, but does have Len\)"
	_ = p.Name  // ERROR "p.Name undefined \(type P has no field or method Name, but does have name\)"
}
