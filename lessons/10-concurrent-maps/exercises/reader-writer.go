package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"a": 1}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // the writer
		defer wg.Done()
		m["b"] = 2
	}()
	go func() { // the reader
		defer wg.Done()
		fmt.Println(m["a"])
	}()
	wg.Wait()
}
