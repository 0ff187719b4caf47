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
	for {
		select {
		case msg := <-a:
			fmt.Println(msg)
			return
		case msg := <-b:
			fmt.Println(msg)
			return
		default:
			time.Sleep(100 * time.Millisecond) // poll again later
		}
	}
}
