package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	order := ""
	for k := range m {
		order += k
	}
	fmt.Println(order)
}
