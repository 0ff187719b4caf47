package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	fmt.Println(sumA, sumB)
	go func() {
		time.Sleep(30 * time.Millisecond)
		close(quit)
	}()
	ticks := 0
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
loop:
	for {
		select {
		case <-t.C:
			ticks++
		case <-quit:
			break loop
		}
	}
	fmt.Println("ticks>=2:", ticks >= 2)
	c := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("none")
	}
	timeout := time.After(50 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
	case <-timeout:
		fmt.Println("timed out")
	}
}
