package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 14; i++ {
		m[i] = i
	}
	for i := 0; i < 14; i++ {
		delete(m, i)
	}
	fmt.Println(len(m))
}
