package main

import "fmt"

func main() {
	p := []int{1, 2, 3}
	q := append(p, 4)
	fmt.Println(p, q)
}
