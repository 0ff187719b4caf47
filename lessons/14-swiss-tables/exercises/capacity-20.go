package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint(i)
	}
	fmt.Println(len(m))
}
