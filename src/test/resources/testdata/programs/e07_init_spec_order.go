package main

import "fmt"

var x = show("x", y)
var z = show("z", 1)
var y = show("y", 2)

var (
	p = show("p", q+r)
	q = show("q", get())
	r = show("r", 3)
	s = show("s", 4)
)

type T struct{ n int }

func (t T) val() int { return t.n + w }

var w = show("w", 10)
var u = show("u", T{1}.val())

func get() int { return s }

func show(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func main() {
	fmt.Println(x, y, z, p, q, r, s, u, w)
}
