package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Println("A", n)
		}(i)
	}
	wg.Wait()
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(n int) {
			fmt.Println("B start", n)
			ch <- n
			fmt.Println("B sent", n)
		}(i)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("recv", <-ch)
	}
	done := make(chan bool)
	go func() {
		fmt.Println("C1")
		go func() {
			fmt.Println("C2")
			done <- true
		}()
		fmt.Println("C1 end")
	}()
	<-done
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			fmt.Println("D", n)
			mu.Unlock()
		}(i)
	}
	fmt.Println("main unlock")
	mu.Unlock()
	wg.Wait()
	bc := make(chan int, 10)
	for i := 0; i < 3; i++ {
		go func(n int) {
			for j := 0; j < 2; j++ {
				bc <- n*10 + j
			}
		}(i)
	}
	for i := 0; i < 6; i++ {
		fmt.Print(<-bc, " ")
	}
	fmt.Println()
}
