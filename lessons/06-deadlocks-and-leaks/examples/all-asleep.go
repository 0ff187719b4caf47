package main

import "fmt"

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go func() {
		for j := range jobs { // waits for a close that never comes
			fmt.Println("job", j)
		}
		done <- true
	}()
	jobs <- 1
	jobs <- 2
	<-done // main waits for the worker, the worker waits for main
}
