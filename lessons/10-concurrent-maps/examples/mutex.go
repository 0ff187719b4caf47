package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int)
	var mu sync.Mutex // guards m
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				m[w*100+i] = i
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(m))
}

// Output:
// 200
