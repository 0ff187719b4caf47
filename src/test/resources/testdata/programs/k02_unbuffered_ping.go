package main

import "fmt"

func main() {
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		for msg := range ch {
			fmt.Println("recv", msg)
		}
		fmt.Println("recv done")
		done <- true
	}()
	for _, m := range []string{"a", "b", "c"} {
		fmt.Println("send", m)
		ch <- m
		fmt.Println("sent", m)
	}
	close(ch)
	<-done
	buf := make(chan int, 2)
	go func() {
		for i := 0; i < 5; i++ {
			buf <- i
			fmt.Println("produced", i)
		}
		close(buf)
	}()
	for v := range buf {
		fmt.Println("consumed", v)
	}
}
