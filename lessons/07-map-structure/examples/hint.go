package main

import "fmt"

func main() {
	// make's size hint picks B, the log2 of the number of buckets
	m8 := make(map[int]int, 8)
	m9 := make(map[int]int, 9)
	m13 := make(map[int]int, 13)
	m14 := make(map[int]int, 14)
	m26 := make(map[int]int, 26)
	m27 := make(map[int]int, 27)
	fmt.Println(len(m8), len(m9), len(m13), len(m14), len(m26), len(m27)) // all empty
}

// Output:
// 0 0 0 0 0 0
