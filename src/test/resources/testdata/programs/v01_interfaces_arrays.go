package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}
type file struct{ buf []string }

func (f *file) Read() string   { return fmt.Sprint(f.buf) }
func (f *file) Write(s string) { f.buf = append(f.buf, s) }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	var rw RW = &file{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok, w != nil)
	println("to stderr", 1, true)
	print("x", "y", "\n")
	m := Matrix{{1, 1}, {1, 0}}
	p := m
	for i := 0; i < 5; i++ {
		p = p.Mul(m)
	}
	fmt.Println(p, len(p), cap(p[0][:]))
	f := Matrix.Mul
	fmt.Println(f(m, m))
	x := struct {
		Matrix
		name string
	}{m, "fib"}
	fmt.Println(x.Mul(m), x.name)
	var arr [5]int
	s := arr[1:3]
	s = append(s, 9)
	fmt.Println(arr, s, len(s), cap(s))
	ch := make(chan func() int, 1)
	ch <- func() int { return 42 }
	fmt.Println((<-ch)())
	type E struct{}
	fmt.Println(E{} == E{}, [0]int{} == [0]int{})
	const big = 1 << 100
	fmt.Println(big >> 98)
	var u8 uint8 = 200
	fmt.Println(u8+100, int8(u8), ^u8, u8<<1, -int(u8))
	lbl := 0
	switch {
	case lbl == 0:
		lbl = 1
		fallthrough
	case lbl == 5:
		fmt.Println("fell", lbl)
	}
}
