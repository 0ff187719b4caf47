package main

import (
	"fmt"
	"sync"
)

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	left, right := nums[:3:3], nums[3:] // left has no spare capacity
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		left = append(left, 0) // extend the left half with a 0
	}()
	go func() {
		defer wg.Done()
		right[0] *= 10 // scale the first element of the right half
	}()
	wg.Wait()
	fmt.Println(left, right)
}
