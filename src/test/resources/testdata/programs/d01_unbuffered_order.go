package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(id int) {
			for v := range ch {
				fmt.Println("g", id, "got", v)
			}
			done <- true
		}(i)
	}
	for i := 0; i < 9; i++ {
		ch <- i
	}
	close(ch)
	for i := 0; i < 3; i++ {
		<-done
	}
	results := make(chan string)
	for _, name := range []string{"a", "b", "c", "d"} {
		go func(n string) { results <- n }(name)
	}
	for i := 0; i < 4; i++ {
		fmt.Print(<-results, " ")
	}
	fmt.Println()
	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		go func(v int) { buf <- v }(i)
	}
	for i := 0; i < 4; i++ {
		fmt.Print(<-buf, " ")
	}
	fmt.Println()
}
