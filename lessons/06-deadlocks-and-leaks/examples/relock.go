package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock() // waits for itself: the wait reason depends on the Go version
}
