// 300 goroutines started before main blocks: the local run queue (256) overflows into the
// global queue (runqputslow), which is polled every 61 schedule ticks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for i := 1; i <= 300; i++ {
		wg.Add(1)
		go func(id int) {
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(order), order[:5], order[len(order)-5:])
}
