package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-ch
			fmt.Println("woke", id)
		}(i)
	}
	time.Sleep(time.Millisecond)
	close(ch)
	wg.Wait()
	var wg2 sync.WaitGroup
	wg2.Add(1)
	var waiters sync.WaitGroup
	for i := 0; i < 4; i++ {
		waiters.Add(1)
		go func(id int) {
			defer waiters.Done()
			wg2.Wait()
			fmt.Println("wg waiter", id)
		}(i)
	}
	time.Sleep(time.Millisecond)
	wg2.Done()
	waiters.Wait()
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(5 * time.Millisecond)
			fmt.Println("slept", id)
		}(i)
	}
	wg.Wait()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(4-id) * time.Millisecond)
			fmt.Println("staggered", id)
		}(i)
	}
	wg.Wait()
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			fmt.Println("locked", id)
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	mu.Unlock()
	wg.Wait()
	sendq := make(chan int)
	for i := 0; i < 3; i++ {
		go func(id int) { sendq <- id }(i)
	}
	time.Sleep(time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println("from sendq", <-sendq)
	}
}
