package main

import "fmt"

func main() {
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(n int) {
			defer close(results) // "I am done sending"
			results <- n * n
		}(i)
	}
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
}
