package main

import "fmt"

// evens returns the even numbers of xs, in order.
func evens(xs []int) []int {
	var out []int
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	r := evens([]int{1, 3, 5})
	if r == nil {
		fmt.Println("error: no result")
	} else {
		fmt.Println("evens:", r)
	}
}
