package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 110; i++ {
		m[i] = i * i // watch B, oldbuckets and nevacuate in the hmap view
	}
	fmt.Println(len(m))
}

// Output:
// 110
