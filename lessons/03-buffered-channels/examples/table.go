package main

import "fmt"

// try runs f and reports whether it panicked.
func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "-> panic:", r)
		}
	}()
	f()
	fmt.Println(what, "-> ok")
}

func main() {
	var nilch chan int // the zero value of a channel type is nil
	ch := make(chan int, 1)
	ch <- 7
	close(ch)
	fmt.Println("len, cap of closed:", len(ch), cap(ch))

	v, ok := <-ch
	fmt.Println("receive from closed:", v, ok) // buffered values come out first
	v, ok = <-ch
	fmt.Println("receive from closed:", v, ok) // then zero values, ok == false
	try("send on closed", func() { ch <- 1 })
	try("close closed", func() { close(ch) })
	try("close nil", func() { close(nilch) })
	fmt.Println("len, cap of nil:", len(nilch), cap(nilch))
	select {
	case nilch <- 1:
		fmt.Println("sent on nil")
	default:
		fmt.Println("send on nil would block forever")
	}
}

// Output:
// len, cap of closed: 1 1
// receive from closed: 7 true
// receive from closed: 0 false
// send on closed -> panic: send on closed channel
// close closed -> panic: close of closed channel
// close nil -> panic: close of nil channel
// len, cap of nil: 0 0
// send on nil would block forever
