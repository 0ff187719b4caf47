package main

import "fmt"

func main() {
	votes := map[string]int{"go": 7, "rust": 5, "zig": 2, "c": 9}
	for lang, n := range votes {
		fmt.Println(lang, n)
	}
}
