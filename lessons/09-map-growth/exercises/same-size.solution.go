package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000; i++ {
		if len(m) == 40 {
			delete(m, i-40) // make room first: len(m) never exceeds 40
		}
		m[i] = i
	}
	fmt.Println(len(m))
}
