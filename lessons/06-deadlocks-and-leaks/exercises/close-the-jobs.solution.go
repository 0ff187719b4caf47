package main

import "fmt"

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go func() {
		for j := range jobs {
			fmt.Println("job", j)
		}
		done <- true
	}()
	jobs <- 1
	jobs <- 2
	close(jobs) // no more jobs: the worker's range ends
	<-done
}
