package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3 // full: sendx has wrapped around to 0, where recvx is
	fmt.Println("got", <-ch, "len", len(ch), "cap", cap(ch))
	ch <- 4 // goes into slot 0, freed by the receive
	fmt.Println(<-ch, <-ch, <-ch)
}

// Output:
// got 1 len 2 cap 3
// 2 3 4
