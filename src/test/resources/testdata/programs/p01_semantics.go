package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	c := Counter{1}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	arr := [3]Counter{{1}, {2}, {3}}
	for _, x := range arr {
		x.Inc()
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].Inc()
	}
	fmt.Println(arr)
	sl := arr[:]
	for _, p := range []*Counter{&sl[0], &sl[1]} {
		p.Inc()
	}
	fmt.Println(arr, sl)
	var a, b interface{} = Sq{2}, Sq{2}
	fmt.Println(a == b, a != Sq{3})
	var s1, s2 Shape = Sq{1}, Sq{1}
	fmt.Println(s1 == s2)
	m := map[interface{}]string{Sq{1}: "sq", 1: "one"}
	fmt.Println(m[Sq{1}], m[1], len(m))
	type pair struct {
		a [2]int
		s string
	}
	p1, p2 := pair{[2]int{1, 2}, "x"}, pair{[2]int{1, 2}, "x"}
	fmt.Println(p1 == p2, &p1 == &p2)
	x := []int{1, 2, 3}
	y := x
	y[0] = 9
	z := append(x[:1], 7)
	fmt.Println(x, y, z)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var u, v interface{} = []int{1}, []int{1}
	fmt.Println(u == v)
}
