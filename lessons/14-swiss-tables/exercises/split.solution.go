package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 900; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}
