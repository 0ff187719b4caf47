package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		seen++
		if k < 10 {
			m[100+k] = k // inserting while iterating: the map grows mid-loop
		}
	}
	fmt.Println(seen >= 20, len(m))
}

// Output:
// true 30
