package main

import "fmt"

func main() {
	m := make(map[string]int)
	for _, w := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"} {
		m[w] = len(w)
	}
	fmt.Println(len(m))
}
