package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				fmt.Println("g", n, j)
				runtime.Gosched()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0))
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("deferred before goexit")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println("end")
}
