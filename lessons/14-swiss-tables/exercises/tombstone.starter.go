package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 6; i++ {
		m[i] = i
	}
	for i := 0; i < 6; i++ {
		delete(m, i)
	}
	fmt.Println(len(m))
}
