package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4}
	m := map[string][]int{}
	m["x"] = base[:2]
	m["y"] = base[2:]
	m["x"] = append(m["x"], 100)
	fmt.Println(m["y"])
}
