package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(n int) { ch <- n }(i)
	}
	time.Sleep(time.Millisecond)
	fmt.Println(<-ch)
	select {} // wait forever
}
