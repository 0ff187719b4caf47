package main

import "fmt"

func main() {
	base := make([]int, 3, 4) // one spare slot
	p := append(base, 1)      // fits: writes base's array at index 3
	q := append(base, 2)      // fits too: writes the same slot again
	fmt.Println(p, q)
}

// Output:
// [0 0 0 2] [0 0 0 2]
