package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for _, name := range []string{"r1", "r2", "r3", "r4"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			<-ch
			fmt.Println(name)
		}(name)
	}
	time.Sleep(time.Millisecond)
	close(ch)
	wg.Wait()
}
