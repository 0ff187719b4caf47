package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		ch <- 1
	}()
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("unreachable")
}
