package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		b.Lock() // waits if the other goroutine holds b
		fmt.Println("first: a then b")
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		a.Lock() // waits if the other goroutine holds a
		fmt.Println("second: b then a")
		a.Unlock()
		b.Unlock()
	}()
	wg.Wait()
}
