package main

import "fmt"

func main() {
	m := map[int]string{3: "c", 10: "j", 1: "a", 2: "b"}
	fmt.Println(m)
}
