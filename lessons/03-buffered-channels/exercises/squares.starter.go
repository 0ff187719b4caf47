package main

import "fmt"

func main() {
	results := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		results <- i * i
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
}
