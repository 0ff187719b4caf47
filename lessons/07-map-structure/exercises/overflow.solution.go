package main

import "fmt"

func main() {
	m := make(map[int]int, 52)
	for i := 0; i < 52; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}
