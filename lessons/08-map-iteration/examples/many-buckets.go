package main

import "fmt"

func main() {
	m := make(map[int]bool)
	for i := 0; i < 40; i++ { // 40 keys: B = 3, eight buckets
		m[i] = true
	}
	for k := range m {
		fmt.Println("first key visited:", k)
		break
	}
}
