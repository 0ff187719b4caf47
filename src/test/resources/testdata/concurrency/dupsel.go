// A select naming the same channel twice: two sudogs of one goroutine on one queue.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	select {
	case v := <-ch:
		fmt.Println("first", v)
	case v := <-ch:
		fmt.Println("second", v)
	}
	c2 := make(chan int)
	go func() { c2 <- 2 }()
	select {
	case v := <-c2:
		fmt.Println("x", v)
	case v := <-c2:
		fmt.Println("y", v)
	}
}
