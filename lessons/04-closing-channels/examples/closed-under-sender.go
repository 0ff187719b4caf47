package main

import "time"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1 // parks: nobody receives
	}()
	time.Sleep(time.Millisecond)
	close(ch) // wakes the parked sender, which panics
	time.Sleep(time.Millisecond)
}
