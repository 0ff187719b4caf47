package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 10
	}
}

func main() {
	jobs := make(chan int, 2)
	results := make(chan int)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 4; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
