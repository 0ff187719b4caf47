package main

import "fmt"

func main() {
	m := map[string]int{"b": 1, "B": 2, "a": 3, "_": 4}
	fmt.Println(m)
}
