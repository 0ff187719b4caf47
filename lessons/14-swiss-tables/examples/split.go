package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 897; i++ {
		m[i] = i // at 896 entries the 1024-slot table is full (7/8)
	}
	fmt.Println(len(m))
}

// Output:
// 897
