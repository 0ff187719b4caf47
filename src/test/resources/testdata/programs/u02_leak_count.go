package main

import (
	"fmt"
	"runtime"
	"time"
)

func leak() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println(v)
	}()
}

func main() {
	before := runtime.NumGoroutine()
	for i := 0; i < 5; i++ {
		leak()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println(before, runtime.NumGoroutine())
	done := make(chan bool)
	data := make(chan int)
	go func() {
		defer close(done)
		for {
			select {
			case v, ok := <-data:
				if !ok {
					fmt.Println("data closed")
					return
				}
				fmt.Println("got", v)
			case <-time.After(20 * time.Millisecond):
				fmt.Println("idle")
			}
		}
	}()
	data <- 1
	time.Sleep(30 * time.Millisecond)
	data <- 2
	close(data)
	<-done
	fmt.Println(runtime.NumGoroutine())
}
