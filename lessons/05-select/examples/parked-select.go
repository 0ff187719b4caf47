package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan string)
	b := make(chan string)
	go func() {
		time.Sleep(time.Second)
		b <- "from b"
	}()
	select { // neither channel is ready: main parks on both
	case msg := <-a:
		fmt.Println(msg)
	case msg := <-b:
		fmt.Println(msg)
	}
}

// Output:
// from b
