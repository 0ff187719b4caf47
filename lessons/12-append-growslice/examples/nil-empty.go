package main

import "fmt"

func main() {
	var a []int         // nil slice: no array at all
	b := []int{}        // empty slice: non-nil, length 0
	c := make([]int, 0) // also empty and non-nil
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	a = append(a, 1) // append treats nil like empty
	b = append(b, 1)
	fmt.Println(a, b, cap(a), cap(b))
}

// Output:
// true false false
// 0 0 0 0
// [] [] []
// [1] [1] 1 1
