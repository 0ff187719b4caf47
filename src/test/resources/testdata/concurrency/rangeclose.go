// Workers ranging over a buffered channel until close; a select on a nil channel with default.
package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	results := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	go func() {
		for i := 1; i <= 20; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	sum := 0
	for i := 0; i < 20; i++ {
		sum += <-results
	}
	fmt.Println(sum)
	var nilch chan int
	select {
	case nilch <- 1:
	case <-nilch:
	default:
		fmt.Println("nil default")
	}
}
