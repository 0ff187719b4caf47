package main

import "fmt"

func main() {
	s := make([]int, 300)
	s = append(s, 1)
	fmt.Println(len(s))
}
