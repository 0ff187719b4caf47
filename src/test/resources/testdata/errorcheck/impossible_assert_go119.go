// errorcheck
// go 1.19

package main

type Shape interface {
	Area() float64
}

type Sq struct{}

func (s *Sq) Area() float64 { return 1 }

type Circle struct{}

func main() {
	var s Shape = &Sq{}
	_ = s.(Circle) // ERROR "impossible type assertion: s.\(Circle\)\n\tCircle does not implement Shape \(missing Area method\)"
	_ = s.(Sq)     // ERROR "impossible type assertion: s.\(Sq\)\n\tSq does not implement Shape \(Area method has pointer receiver\)"
	switch s.(type) {
	case Circle: // ERROR "impossible type switch case: Circle\n\ts \(variable of type Shape\) cannot have dynamic type Circle \(missing Area method\)"
	}
}
