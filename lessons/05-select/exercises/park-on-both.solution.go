package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan string)
	b := make(chan string)
	go func() {
		time.Sleep(time.Second)
		a <- "hello"
	}()
	select { // no default: park on a and b until one is ready
	case msg := <-a:
		fmt.Println(msg)
	case msg := <-b:
		fmt.Println(msg)
	}
}
