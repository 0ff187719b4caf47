package main

import "time"

func main() {
	ch := make(chan int, 1)
	go func() { ch <- 1 }() // the buffer has room: this send never waits
	go func() {
		time.Sleep(time.Millisecond)
		<-ch // by now a value is buffered: this receive never waits
	}()
	time.Sleep(time.Second)
}
