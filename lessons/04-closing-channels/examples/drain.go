package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch) // closed, but three values still wait in the buffer
	for v := range ch {
		fmt.Println(v)
	}
	v, ok := <-ch
	fmt.Println("after the range:", v, ok)
}

// Output:
// 1
// 2
// 3
// after the range: 0 false
