package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 8; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	fmt.Println(len(m))
}
