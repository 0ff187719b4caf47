package main

import "fmt"

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := 1; i <= 2; i++ {
		a <- i
		b <- 10 * i
	}
	close(a)
	close(b)
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // a is closed and drained: disable this case
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
