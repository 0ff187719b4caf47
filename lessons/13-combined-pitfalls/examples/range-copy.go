package main

import "fmt"

type item struct {
	name  string
	count int
}

func main() {
	items := []item{{"apples", 1}, {"pears", 2}}
	for _, it := range items {
		it.count *= 10 // changes the copy in it, not the slice element
	}
	fmt.Println(items)
	for i := range items {
		items[i].count *= 10 // changes the element itself
	}
	fmt.Println(items)
}

// Output:
// [{apples 1} {pears 2}]
// [{apples 10} {pears 20}]
