package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1 // both channels hold a value:
		b <- 1 // both cases are ready
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println(countA+countB, countA > 400, countB > 400)
}

// Output:
// 1000 true true
