package main

import (
	"fmt"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct {
	K string
	V interface{}
}

type List []int

func (l List) String() string { return fmt.Sprintf("List(len=%d)", len(l)) }

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	c := Celsius(21.5)
	fmt.Println(c, []Celsius{1, 2})
	fmt.Printf("%v %s %.2f %d\n", c, c, c, c)
	fmt.Printf("%v %+v\n", Pair{"a", c}, Pair{"b", nil})
	fmt.Println(List{1, 2, 3}, map[string]List{"x": {1}})
	var e error = &E{"bad"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%d\n", e, e, e)
	fmt.Printf("%5.1f%%|%x|%X|%#v\n", 99.5, "Go", 3054, Pair{"k", 1})
	fmt.Printf("%T %T %T %T\n", c, e, List{}, struct{ A int }{1})
	fmt.Printf("%v %v\n", [3]bool{true}, []*int{nil})
	fmt.Printf("%s\n", []byte{72, 105})
	fmt.Printf("%v\n", []byte{72, 105})
	fmt.Printf("%q\n", []byte("q"))
	fmt.Printf("%c%c%c\n", 71, 111, 0x1F600)
	fmt.Printf("%08b %o %#b\n", 5, 64, 5)
	fmt.Printf("%.3s|%.10s|%5.2s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%+d %+d % d % d\n", 5, -5, 5, -5)
	fmt.Printf("%6.2f|%-8.3e|%g|%g|%g\n", 3.14159, 1234.5, 100000.0, 1000000.0, 0.0001)
	fmt.Printf("%v %v %v\n", 1e20, 1e-5, 123.456e10)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%s\n", 3.5)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Fprintf(os.Stdout, "%s=%v\n", "k", []string{})
	fmt.Println(fmt.Sprintf("%03d|%-3d|%3d", 7, 7, 7))
	var np *Pair
	fmt.Println(np)
	fmt.Printf("%+v %v\n", np, (*E)(nil) == nil)
	var iface interface{} = 42
	fmt.Printf("%v %T %d\n", iface, iface, iface)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	s := fmt.Sprintln("end", 1)
	fmt.Print(s)
}
