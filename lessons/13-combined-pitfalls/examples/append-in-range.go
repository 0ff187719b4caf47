package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for _, v := range s { // the range expression is evaluated once: 3 iterations
		s = append(s, v*10)
	}
	fmt.Println(s)
}

// Output:
// [1 2 3 10 20 30]
