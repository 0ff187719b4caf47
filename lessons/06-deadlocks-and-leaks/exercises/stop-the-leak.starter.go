package main

import (
	"fmt"
	"runtime"
	"time"
)

// first asks three replicas and returns the fastest answer.
func first(query string) string {
	answers := make(chan string)
	for _, replica := range []string{"r1", "r2", "r3"} {
		go func(r string) {
			answers <- r + ": " + query // only one send is ever received
		}(replica)
	}
	return <-answers
}

func main() {
	fmt.Println(first("go"))
	time.Sleep(time.Second) // plenty of time for the other replicas to finish... if they can
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
