package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan string)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	go func() {
		select {
		case v := <-a:
			fmt.Println(v)
		case b <- "x":
		}
	}()
	go func() {
		select {}
	}()
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock()
	}()
	c := sync.NewCond(&sync.Mutex{})
	go func() {
		c.L.Lock()
		c.Wait()
	}()
	for {
		select {
		case <-a:
		}
	}
}
