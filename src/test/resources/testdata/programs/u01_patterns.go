package main

import (
	"fmt"
	"sync"
	"time"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func tee(done <-chan struct{}, in <-chan int) (<-chan int, <-chan int) {
	out1, out2 := make(chan int), make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			o1, o2 := out1, out2
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				}
			}
		}
	}()
	return out1, out2
}

func main() {
	done := make(chan struct{})
	for v := range sq(done, sq(done, gen(done, 1, 2, 3))) {
		fmt.Println(v)
	}
	a, b := tee(done, gen(done, 4, 5, 6))
	for v := range a {
		fmt.Println(v, <-b)
	}
	close(done)
	limiter := time.Tick(10 * time.Millisecond)
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-limiter
		fmt.Println("request", i)
	}
	fmt.Println(time.Since(start) >= 30*time.Millisecond)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent", maxActive)
	results := make(chan string)
	go func() {
		defer close(results)
		for _, d := range []int{30, 10, 20} {
			d := d
			time.Sleep(time.Duration(d) * time.Millisecond)
			results <- fmt.Sprint("slept ", d)
		}
	}()
	timeout := time.After(45 * time.Millisecond)
	for {
		select {
		case r, ok := <-results:
			if !ok {
				fmt.Println("all done")
				return
			}
			fmt.Println(r)
		case <-timeout:
			fmt.Println("timeout")
			return
		}
	}
}
