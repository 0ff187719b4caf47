package main

import "fmt"

func main() {
	m := make(map[int]int, 52) // B = 3: 8 buckets, room for 52 before growing
	for i := 0; i < 52; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}

// Output:
// 52
