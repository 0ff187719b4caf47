package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		go func(n int) { ch <- n }(i)
	}
	time.Sleep(time.Millisecond)
	<-ch
	fmt.Println(len(ch))
}
