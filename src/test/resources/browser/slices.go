package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	t := s[1:3]
	t = append(t, 9)
	u := append(s, 5)
	u[0] = 100
	fmt.Println(s, t, u, len(u), cap(u))
}
