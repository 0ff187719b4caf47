package main

import "fmt"

func main() {
	m := make(map[int]bool)
	for i := 0; i < 120; i++ {
		m[i] = true // watch the table's capacity and growthLeft
	}
	fmt.Println(len(m))
}

// Output:
// 120
