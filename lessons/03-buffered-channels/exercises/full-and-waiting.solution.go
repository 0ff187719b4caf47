package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3                 // the buffer is full now
	go func() { ch <- 4 }() // this sender finds no room and parks
	time.Sleep(time.Millisecond)
	fmt.Println(<-ch, <-ch, <-ch, <-ch)
}
