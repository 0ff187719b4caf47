// One goroutine selects on both ends of one unbuffered channel (the exception to "at most one
// of recvq/sendq is non-empty"); main plays the other side.
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			select {
			case ch <- i:
				fmt.Println("sent", i)
			case v := <-ch:
				fmt.Println("got", v)
			}
		}
		done <- true
	}()
	for i := 0; i < 2; i++ {
		fmt.Println("main got", <-ch)
		ch <- 10 + i
	}
	<-done
}
