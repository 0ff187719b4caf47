package main

import (
	"fmt"
	"time"
)

// fetch asks a server for an answer. This server never answers.
func fetch(answer chan<- string) {
}

func main() {
	answer := make(chan string)
	go fetch(answer)
	select {
	case a := <-answer:
		fmt.Println(a)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
