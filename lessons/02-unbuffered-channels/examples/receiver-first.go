package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	v := <-ch // nobody has sent yet: main parks on ch's recvq
	fmt.Println(v)
}

// Output:
// 1
