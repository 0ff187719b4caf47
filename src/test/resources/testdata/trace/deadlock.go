// seed: 1
// go: 1.19
// One value is sent, two are received: main and the finished sender leave nobody to wake main.
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		ch <- 1
		<-done
	}()
	fmt.Println(<-ch)
	<-ch
}
