package main

import "fmt"

func main() {
	s := make([]int, 512) // len 512, cap 512: full
	s = append(s, 1)      // growslice
	fmt.Println(len(s), cap(s))
}

// Output:
// 513 848
