package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 20; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m), m[7])
}

// Output:
// 20 49
