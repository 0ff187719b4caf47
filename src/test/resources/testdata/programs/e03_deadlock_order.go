package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	out := make(chan int, 1)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if id%2 == 0 {
				ch <- id
			} else {
				v := <-out
				fmt.Println(v)
			}
		}(i)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	fmt.Println(<-ch)
	select {
	case v := <-ch:
		fmt.Println("second", v)
	}
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
