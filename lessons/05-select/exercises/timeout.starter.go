package main

import "fmt"

// fetch asks a server for an answer. This server never answers.
func fetch(answer chan<- string) {
}

func main() {
	answer := make(chan string)
	go fetch(answer)
	fmt.Println(<-answer)
}
