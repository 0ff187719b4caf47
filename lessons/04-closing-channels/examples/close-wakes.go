package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for _, name := range []string{"r1", "r2", "r3"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			v, ok := <-ch // parks on recvq
			fmt.Println(name, v, ok)
		}(name)
	}
	time.Sleep(time.Millisecond) // all three receivers are parked now
	close(ch)                    // wakes every one of them
	wg.Wait()
}

// Output:
// r3 0 false
// r2 0 false
// r1 0 false
