package main

func main() {
	var ch chan int // nil
	select {
	case <-ch:
	}
}
