package main

import "fmt"

func main() {
	base := make([]int, 0, 10)
	base = append(base, 1, 2)
	a := append(base, 3)
	b := append(base, 4)
	fmt.Println(a, b)
}
