package main

import (
	"fmt"
	"sort"
)

func main() {
	stock := map[string]int{"pears": 3, "apples": 5, "figs": 0, "kiwis": 12}
	names := make([]string, 0, len(stock))
	for name := range stock {
		names = append(names, name)
	}
	sort.Strings(names) // a fixed order, chosen by the program
	for _, name := range names {
		fmt.Println(name, stock[name])
	}
}

// Output:
// apples 5
// figs 0
// kiwis 12
// pears 3
