package main

import "sync"

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-ch // nobody ever sends
	}()
	wg.Wait()
}
