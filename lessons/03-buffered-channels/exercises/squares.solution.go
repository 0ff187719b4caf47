package main

import "fmt"

func main() {
	results := make(chan int, 2)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i // blocks while the buffer is full, until main receives
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
}
