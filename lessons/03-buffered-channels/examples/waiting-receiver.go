package main

import "fmt"

func main() {
	ch := make(chan string, 10)
	go func() { ch <- "straight to you" }()
	fmt.Println(<-ch) // main parks first; the send skips the buffer
}

// Output:
// straight to you
