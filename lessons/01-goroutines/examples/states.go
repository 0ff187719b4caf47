package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() { // will sleep on a timer
		time.Sleep(time.Second)
	}()
	go func() { // only computes, never blocks
		sum := 0
		for i := 0; i < 3; i++ {
			sum += i
		}
	}()
	go func() { // will wait in a channel receive
		fmt.Println("received", <-ch)
	}()
	time.Sleep(time.Millisecond)
	ch <- 42
	time.Sleep(2 * time.Second)
}

// Output:
// received 42
