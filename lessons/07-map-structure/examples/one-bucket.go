package main

import "fmt"

func main() {
	m := make(map[string]int) // B = 0: room for one bucket, allocated on first insert
	m["go"] = 1
	m["map"] = 2
	m["bucket"] = 3
	fmt.Println(len(m), m["map"])
}

// Output:
// 3 2
