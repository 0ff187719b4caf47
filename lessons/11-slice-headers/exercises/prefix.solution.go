package main

import "fmt"

func main() {
	base := make([]int, 0, 10)
	base = append(base, 1, 2)
	a := append(base[:len(base):len(base)], 3) // no spare capacity: a gets its own array
	b := append(base[:len(base):len(base)], 4)
	fmt.Println(a, b)
}
