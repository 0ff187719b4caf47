// seed: 1
// go: 1.19
// select: first parked on both channels (pass 2) and woken by a send (pass 3),
// then with both cases ready, where the seeded pollorder picks one.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	go func() {
		b <- 2
	}()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
	a <- 3
	b <- 4
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
}
