package main

import (
	"errors"
	"fmt"
)

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS(%d)", p.n) }

type VS struct{ n int }

func (v VS) String() string { return fmt.Sprintf("VS(%d)", v.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Bad struct{}

func (Bad) String() string { panic("boom") }

type NilOK struct{}

func (*NilOK) String() string { return "nil receiver ok" }

type Wrap struct {
	VS
	Extra int
}

type Inner struct{ A int }
type Outer struct {
	Inner
	B int
}

func main() {
	p := PS{1}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %s %d\n", p, &p, &p, p)
	v := VS{2}
	fmt.Println(v, &v, []VS{{3}}, map[string]VS{"k": {4}})
	fmt.Println(Both{})
	fmt.Printf("%v|%s|%q\n", Both{}, Both{}, Both{})
	fmt.Println(Bad{})
	fmt.Printf("[%d]\n", Bad{})
	var np *NilOK
	fmt.Println(np)
	var ps *PS
	fmt.Println(ps == nil)
	w := Wrap{VS{5}, 6}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	o := Outer{Inner{1}, 2}
	fmt.Printf("%v %+v %#v\n", o, o, o)
	fmt.Println(o.A, o.Inner.A)
	e := errors.New("e1")
	fmt.Printf("%v %s %q %x\n", e, e, e, e)
	var nilErr error
	fmt.Printf("%v %d\n", nilErr, nilErr)
	fmt.Println(fmt.Sprint(VS{7}, VS{8}), fmt.Sprint("a", VS{9}))
	type Temp float64
	fmt.Printf("%.1f %v %T\n", Temp(36.6), Temp(36.6), Temp(1))
	fmt.Printf("%s\n", []fmt.Stringer{VS{1}, &p})
	fmt.Printf("%6.2f|%-6d|%x\n", []float64{1, 2.5}, []int{3, 4}, []string{"ab", "c"})
}
