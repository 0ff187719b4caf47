package main

import "fmt"

func main() {
	p := make([]int, 3, 8) // spare capacity: append can grow in place
	copy(p, []int{1, 2, 3})
	q := append(p, 4)
	fmt.Println(p, q)
}
