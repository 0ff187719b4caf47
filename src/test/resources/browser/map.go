package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 30; i++ {
		m[i] = "v"
	}
	s := []int{1, 2, 3, 4}
	t := s[1:3]
	t = append(t, 9)
	fmt.Println(len(m), s, t)
}
