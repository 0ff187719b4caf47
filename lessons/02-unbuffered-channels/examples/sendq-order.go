package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() { ch <- 42 }()
	go func() { ch <- 43 }()
	time.Sleep(time.Millisecond) // both senders park on ch's sendq
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}

// Output:
// 43
// 42
