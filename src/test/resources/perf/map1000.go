package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m))
}
