package main

import "fmt"

func main() {
	s := []int{10, 20, 30, 40, 50}
	t := s[1:3]   // len 2, cap 4: from s[1] to the end of the array
	u := s[2:]    // len 3, cap 3
	v := s[1:3:3] // a full slice expression caps it: len 2, cap 2
	fmt.Println(len(t), cap(t), len(u), cap(u), len(v), cap(v))
	t[1] = 99 // t[1], s[2] and u[0] are the same element
	fmt.Println(s, t, u, v)
}

// Output:
// 2 4 3 3 2 2
// [10 20 99 40 50] [20 99] [99 40 50] [20 99]
