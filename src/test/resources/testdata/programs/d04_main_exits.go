package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := 0; ; i++ {
			time.Sleep(time.Millisecond)
		}
	}()
	go func() {
		fmt.Println("maybe printed")
	}()
	time.Sleep(5 * time.Millisecond)
	defer fmt.Println("deferred runs")
	fmt.Println("main ends")
}
