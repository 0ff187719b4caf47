package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int, 10)
	go func() {
		ch <- 1
	}()
	runtime.Gosched() // let the sender run first... usually
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
}
