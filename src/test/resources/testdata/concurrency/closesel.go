// close wakes selects parked with a send case on the channel: each panics "send on closed
// channel" after pass 3 has removed its other sudog; a closed channel is always ready.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	other := make(chan int)
	res := make(chan string)
	for i := 0; i < 3; i++ {
		go func(id int) {
			defer func() {
				if r := recover(); r != nil {
					res <- fmt.Sprint(id, " ", r)
				}
			}()
			select {
			case ch <- id:
				res <- "sent"
			case <-other:
				res <- "other"
			}
		}(i)
	}
	time.Sleep(time.Millisecond)
	close(ch)
	for i := 0; i < 3; i++ {
		fmt.Println(<-res)
	}
	close(other)
	select {
	case v, ok := <-other:
		fmt.Println(v, ok)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
