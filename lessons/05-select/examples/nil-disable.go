package main

import "fmt"

func main() {
	a := make(chan int, 2)
	b := make(chan int, 2)
	a <- 1
	close(a)
	b <- 10
	b <- 20
	close(b)
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a nil channel is never ready: this case is off
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}

// Output:
// sum: 31
