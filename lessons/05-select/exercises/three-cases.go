package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var c chan int // nil
	go func() {
		time.Sleep(time.Second)
		a <- 1
	}()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	case v := <-c:
		fmt.Println("c", v)
	}
}
