package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	first, second := "", ""
	for k := range m {
		first += k
	}
	for k := range m { // the same map, unchanged
		second += k
	}
	fmt.Println(first, second)
	fmt.Println(m) // fmt sorts the keys
}
