package main

import (
	"fmt"
	"sync"
)

func write(m map[string]int, k string, v int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r) // does this ever run?
		}
	}()
	m[k] = v
}

func main() {
	m := make(map[string]int)
	var wg sync.WaitGroup
	wg.Add(2)
	go write(m, "a", 1, &wg)
	go write(m, "b", 2, &wg)
	wg.Wait()
	fmt.Println(len(m))
}
