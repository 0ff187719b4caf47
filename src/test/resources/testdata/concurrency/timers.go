// Timer channels (time.Tick, time.After) in a select loop on the virtual clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(10 * time.Millisecond)
	timeout := time.After(55 * time.Millisecond)
	n := 0
	results := make(chan int, 10)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(30-10*i) * time.Millisecond)
			results <- i
		}(i)
	}
	for {
		select {
		case <-tick:
			n++
		case r := <-results:
			fmt.Println("result", r)
		case <-timeout:
			fmt.Println("ticks", n)
			return
		}
	}
}
