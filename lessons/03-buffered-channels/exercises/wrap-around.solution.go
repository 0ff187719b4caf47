package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch) // recvx moves to 1
	fmt.Println(<-ch) // recvx moves to 2
	ch <- 3           // slot 2; sendx wraps to 0
	ch <- 4           // slot 0: the queue is slots 2, 0 (recvx 2 + qcount 2 > 3)
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
