package main

import "fmt"

func main() {
	var ptrs []*int
	var caps []int // each new capacity of ptrs, once
	for i := 0; i < 3000; i++ {
		ptrs = append(ptrs, nil)
		if len(caps) == 0 || caps[len(caps)-1] != cap(ptrs) {
			caps = append(caps, cap(ptrs))
		}
	}
	fmt.Println(caps)
}

// Output:
// [1 2 4 8 16 32 64 143 287 607 1023 1535 2303 3071]
