package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	for i := 1; i <= 3; i++ {
		fmt.Println(<-ch)
	}
}
