package main

import "fmt"

func main() {
	m := make(map[int]bool)
	for i := 1; i <= 8; i++ {
		m[i*i] = true
	}
	fmt.Println(len(m))
}
