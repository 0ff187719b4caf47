// errorcheck

package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1     // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	_ = <-s    // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	close(r)   // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	x := 1
	x <- 1     // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x    // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	for range s { // ERROR "cannot range over s \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
}
