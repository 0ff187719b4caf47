package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	v1, ok1 := <-ch
	v2, ok2 := <-ch
	fmt.Printf("%q %v %q %v\n", v1, ok1, v2, ok2)
}
