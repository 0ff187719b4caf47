package main

import (
	"fmt"
	"time"
)

func main() {
	result := make(chan string)
	go func() {
		time.Sleep(2 * time.Second) // a slow computation
		result <- "done"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout")
	}
}

// Output:
// timeout
