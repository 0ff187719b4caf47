package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 30; i++ {
		m[i] = i
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(len(m), sum)
}
