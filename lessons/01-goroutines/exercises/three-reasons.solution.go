package main

import "time"

func main() {
	ch := make(chan int)    // unbuffered: a send waits for a receiver
	quit := make(chan bool) // nobody sends on quit
	go func() { ch <- 1 }()
	go func() { <-quit }()
	time.Sleep(time.Second)
}
