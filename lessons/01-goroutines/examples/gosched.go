package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	for _, name := range []string{"g1", "g2", "g3"} {
		go func(s string) { fmt.Println(s) }(name)
	}
	runtime.Gosched() // main goes to the back of the global run queue
	fmt.Println("main")
	time.Sleep(time.Millisecond)
}

// Output:
// g3
// g1
// g2
// main
