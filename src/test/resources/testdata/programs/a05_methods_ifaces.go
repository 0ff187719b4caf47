package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (r Rect) String() string      { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Animal struct{ Name string }

func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Hello() string    { return "hi " + a.Name }

type Dog struct {
	Animal
	Breed string
}

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", v)
	case string:
		return "string " + strings.ToUpper(v)
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Println(total, shapes[0])
	d := Dog{Animal{"rex"}, "lab"}
	d.Rename("max")
	fmt.Println(d.Hello(), d.Name, d.Animal.Name, d)
	f := d.Hello
	d.Rename("bob")
	fmt.Println(f(), d.Hello())
	g := (*Animal).Rename
	g(&d.Animal, "zed")
	fmt.Println(d.Name)
	var l Logger
	log := l.Log
	log("a")
	log("b")
	fmt.Println(l.lines)
	fmt.Println(describe(nil), describe(3), describe(int64(4)), describe("x"), describe(Rect{1, 1}), describe(fmt.Errorf("e")), describe([]int{1}), describe(2.5))
	var s Shape
	fmt.Println(s == nil)
	var cp *Circle
	s = cp
	fmt.Println(s == nil, s != nil)
	r, ok := shapes[0].(Rect)
	fmt.Println(r, ok)
	_, ok = shapes[1].(Rect)
	fmt.Println(ok)
	var e interface{} = "str"
	n := e.(int)
	fmt.Println(n)
}
