package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main starts")
	go func() {
		panic("in goroutine")
	}()
	time.Sleep(time.Second)
}
