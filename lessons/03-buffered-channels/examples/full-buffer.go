package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		go func(n int) { ch <- n }(i)
	}
	time.Sleep(time.Millisecond) // two values fill the buffer, two senders park
	for i := 0; i < 4; i++ {
		fmt.Println(<-ch)
	}
}

// Output:
// 4
// 1
// 2
// 3
