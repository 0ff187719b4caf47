package main

import (
	"fmt"
	"runtime"
	"time"
)

func first(query string) string {
	answers := make(chan string)
	for _, replica := range []string{"r1", "r2", "r3"} {
		go func(r string) {
			answers <- r + ": " + query
		}(replica)
	}
	return <-answers
}

func main() {
	fmt.Println(first("go"))
	fmt.Println(first("channels"))
	time.Sleep(time.Second)
	fmt.Println(runtime.NumGoroutine())
}
