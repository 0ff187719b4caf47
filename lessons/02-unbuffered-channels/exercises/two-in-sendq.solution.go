package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() { ch <- "hello" }()
	go func() { ch <- "world" }()
	time.Sleep(time.Millisecond) // give both senders time to park
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
