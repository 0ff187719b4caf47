package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-stop
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(stop)
	wg.Wait()
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.NumCPU() > 0)
}
