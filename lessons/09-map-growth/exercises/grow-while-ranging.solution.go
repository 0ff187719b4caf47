package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	sum := 0
	for k, v := range m {
		sum += v
		if k < 10 {
			m[100+k] = k // the 27th entry makes the map grow while the loop runs
		}
	}
	fmt.Println(len(m), sum)
}
