package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- "slow"
	}()
	select {
	case v := <-ch:
		fmt.Println(v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-ch)
	tick := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop())
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute, d.Seconds(), time.Duration(1234))
	results := make(chan int, 3)
	for i := 3; i > 0; i-- {
		go func(n int) {
			time.Sleep(time.Duration(n) * 10 * time.Millisecond)
			results <- n
		}(i)
	}
	for i := 0; i < 3; i++ {
		fmt.Print(<-results, " ")
	}
	fmt.Println()
}
