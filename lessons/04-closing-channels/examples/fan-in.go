package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) { // several senders: none of them may close
			defer wg.Done()
			results <- n * n
		}(i)
	}
	go func() { // one closer, after every sender is done
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results { // ends when results is closed and drained
		sum += r
	}
	fmt.Println("sum:", sum)
}

// Output:
// sum: 14
