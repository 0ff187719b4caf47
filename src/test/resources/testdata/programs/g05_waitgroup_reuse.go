package main

import (
	"fmt"
	"sync"
	"time"
)

func stage(name string, n int) []string {
	var wg sync.WaitGroup
	var mu sync.Mutex
	out := []string{}
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(n-i) * time.Millisecond)
			mu.Lock()
			out = append(out, fmt.Sprintf("%s%d", name, i))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return out
}

func main() {
	fmt.Println(stage("a", 4))
	fmt.Println(stage("b", 3))
	timer := time.AfterFunc(5*time.Millisecond, func() { fmt.Println("afterfunc") })
	time.Sleep(10 * time.Millisecond)
	fmt.Println(timer.Stop())
	deadline := time.After(20 * time.Millisecond)
	tick := time.Tick(6 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tick:
			n++
			continue
		case <-deadline:
		}
		break
	}
	fmt.Println("ticks", n)
}
