// seed: 1
// go: 1.19
// An unbuffered channel: main parks on recvq, the sender hands its value straight over.
package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		ch <- "ping"
	}()
	msg := <-ch
	fmt.Println(msg)
}
