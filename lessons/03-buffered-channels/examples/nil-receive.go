package main

func main() {
	var ch chan int // nil: no hchan behind it
	<-ch            // blocks forever: the runtime reports a deadlock
}
