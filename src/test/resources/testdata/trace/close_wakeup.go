// seed: 1
// go: 1.19
// close wakes every parked receiver with the zero value and ok == false.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	out := make(chan string, 2)
	for i := 1; i <= 2; i++ {
		go func(id int) {
			v, ok := <-ch
			out <- fmt.Sprint(id, v, ok)
		}(i)
		runtime.Gosched()
	}
	close(ch)
	fmt.Println(<-out, <-out)
}
