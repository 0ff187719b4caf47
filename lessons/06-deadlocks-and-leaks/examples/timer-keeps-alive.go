package main

import "time"

func main() {
	never := make(chan int)
	go func() {
		time.Sleep(time.Hour) // a pending timer: the runtime cannot call it a deadlock yet
	}()
	<-never
}
