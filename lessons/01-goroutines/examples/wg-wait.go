package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait() // nobody calls Done: the wait reason depends on the Go version
}
