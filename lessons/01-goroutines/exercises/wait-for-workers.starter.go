package main

import "fmt"

func worker(id int) {
	fmt.Println("worker", id, "done")
}

func main() {
	for i := 1; i <= 3; i++ {
		go worker(i)
	}
	// main returns here, and the whole program ends with it
}
