package main

import "fmt"

func main() {
	m := map[string]int{}
	for _, w := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		m[w] = len(m) // up to 8 entries: one group, no table
	}
	fmt.Println(len(m))
	m["i"] = 8 // the 9th entry turns the small map into a table
	fmt.Println(len(m))
}

// Output:
// 8
// 9
