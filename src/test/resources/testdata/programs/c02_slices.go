package main

import "fmt"

func modify(s []int) {
	s[0] = 100
	s = append(s, 4)
	s[1] = 200
}

func main() {
	a := []int{1, 2, 3}
	modify(a)
	fmt.Println(a, len(a), cap(a))
	b := make([]int, 3, 10)
	modify(b)
	fmt.Println(b, b[:4])
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:5]
	u := t[1:4]
	fmt.Println(t, len(t), cap(t), u, len(u), cap(u))
	u = append(u, 99)
	fmt.Println(s)
	s = append(s[:2], s[3:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{42}, s[1:]...)...)
	fmt.Println(s)
	var caps []int
	var x []string
	last := -1
	for i := 0; i < 2000; i++ {
		x = append(x, "s")
		if cap(x) != last {
			last = cap(x)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	var bs []byte
	lastb := -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, 1)
		if cap(bs) != lastb {
			lastb = cap(bs)
			fmt.Print(lastb, " ")
		}
	}
	fmt.Println()
	type S struct{ a, b, c int64 }
	var ss []S
	for i := 0; i < 20; i++ {
		ss = append(ss, S{})
		fmt.Print(cap(ss), " ")
	}
	fmt.Println()
	c := make([]int, 2)
	n := copy(c, []int{7, 8, 9})
	fmt.Println(n, c)
	bb := make([]byte, 3)
	copy(bb, "hello")
	fmt.Println(string(bb))
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 10)
	fmt.Println(arr, sl, cap(sl))
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr[0], arr2[0], arr == arr2)
	e := []int{}
	var nl []int
	fmt.Println(e == nil, nl == nil, len(e), len(nl), fmt.Sprint(e), fmt.Sprint(nl))
	fmt.Println(s[len(s)-1], s[:0], s[len(s):])
	var p *[3]int = &[3]int{1, 2, 3}
	for i, v := range p {
		p[i] = v * 2
	}
	fmt.Println(*p, len(p))
	three := s[1:2:3]
	fmt.Println(len(three), cap(three))
	lo := 5
	_ = s[lo:2:9]
}
