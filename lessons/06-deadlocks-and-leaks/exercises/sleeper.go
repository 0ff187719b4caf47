package main

import "time"

func main() {
	never := make(chan int)
	go func() {
		time.Sleep(10 * time.Second)
	}()
	<-never
}
