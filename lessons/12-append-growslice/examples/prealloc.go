package main

import "fmt"

func main() {
	squares := make([]int, 0, 1000) // length 0, room for 1000
	for i := 0; i < 1000; i++ {
		squares = append(squares, i*i) // never needs growslice
	}
	fmt.Println(len(squares), cap(squares), squares[999])
}

// Output:
// 1000 1000 998001
