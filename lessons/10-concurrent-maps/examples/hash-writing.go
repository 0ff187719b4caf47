package main

import "fmt"

func main() {
	m := make(map[string]int)
	done := make(chan bool)
	go func() {
		m["x"] = 1 // with several Ps, watch flags while this write is in progress
		done <- true
	}()
	<-done
	fmt.Println(m["x"])
}

// Output:
// 1
