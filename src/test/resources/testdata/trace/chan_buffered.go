// seed: 1
// go: 1.19
// A buffered channel as a queue: two sends fill the ring, two receives drain it in order.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch, <-ch)
}
