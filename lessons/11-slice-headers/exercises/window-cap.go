package main

import "fmt"

func main() {
	s := make([]int, 5, 8)
	t := s[2:4]
	fmt.Println(len(t))
}
