package main

import "fmt"

type Big struct {
	a, b, c, d, e int64
}

func main() {
	var s []int
	prev := -1
	for i := 0; i < 1500; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var bs []Big
	prev = -1
	for i := 0; i < 100; i++ {
		bs = append(bs, Big{})
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	var ss []string
	ss = append(ss, "a", "b", "c", "d", "e")
	fmt.Println(len(ss), cap(ss))
	x := make([]int, 5, 5)
	x = append(x, 1, 2, 3, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int{}, make([]int, 13)...)
	fmt.Println(len(y), cap(y))
	var f32 []float32
	prev = -1
	for i := 0; i < 300; i++ {
		f32 = append(f32, 1)
		if cap(f32) != prev {
			fmt.Print(cap(f32), " ")
			prev = cap(f32)
		}
	}
	fmt.Println()
	var i16 []int16
	i16 = append(i16, 1, 2, 3)
	fmt.Println(cap(i16))
	bb := []byte("hello")
	fmt.Println(len(bb), cap(bb))
	bb = append(bb, " world"...)
	fmt.Println(len(bb), cap(bb), string(bb))
	type three [3]byte
	var t []three
	for i := 0; i < 10; i++ {
		t = append(t, three{})
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
	a := []int{1, 2, 3, 4}
	b := a[:2]
	b = append(b, 10)
	fmt.Println(a, b)
	c := a[:2:2]
	c = append(c, 20)
	fmt.Println(a, c)
	m := make([]int, 0, 1000)
	m = append(m, make([]int, 1001)...)
	fmt.Println(cap(m))
}
