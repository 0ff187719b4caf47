package main

import "fmt"

func main() {
	groups := map[string][]int{}
	groups["odd"] = append(groups["odd"], 1) // read, append, store back: fine
	groups["odd"] = append(groups["odd"], 3)

	s := groups["odd"]
	s = append(s, 5) // appends to a copy of the header: the map still has length 2
	fmt.Println(groups["odd"], s)

	base := make([]int, 0, 4)
	groups["a"] = append(base, 1) // both values share base's array...
	groups["b"] = append(base, 2) // ...so this overwrites groups["a"][0]
	fmt.Println(groups["a"], groups["b"])
}

// Output:
// [1 3] [1 3 5]
// [2] [2]
