package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 10; i++ {
		m[i] = fmt.Sprint(i * i)
	}
	n := 0
	for k, v := range m {
		n += k + len(v)
	}
	fmt.Println(n)
}
