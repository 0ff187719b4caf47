package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	for i := 1; i <= 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default: // the buffer is full: do not wait
			fmt.Println("dropped", i)
		}
	}
}

// Output:
// sent 1
// dropped 2
// dropped 3
