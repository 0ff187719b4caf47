package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int, 1)
	ch <- 1
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		ch <- 2
		wg.Done()
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	go func() {
		var nilch chan int
		for range nilch {
		}
	}()
	go func() {
		var mu sync.Mutex
		mu.Lock()
		mu.Lock()
	}()
	res := make(chan int)
	go func() {
		select {
		case <-res:
		}
	}()
	wg.Wait()
}
