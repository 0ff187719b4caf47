package main

import "fmt"

func producer(n int, out chan<- int, done <-chan struct{}) {
	defer close(out)
	for i := 0; i < n; i++ {
		select {
		case out <- i:
		case <-done:
			return
		}
	}
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	src := make(chan int)
	go producer(100, src, done)
	sum := 0
	for v := range square(square(src)) {
		sum += v
		if v > 10000 {
			close(done)
			break
		}
	}
	fmt.Println(sum)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok, len(ch), cap(ch))
	v, ok = <-ch
	v2, ok2 := <-ch
	fmt.Println(v, ok, v2, ok2)
	sem := make(chan struct{}, 2)
	res := make([]int, 5)
	fin := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(i int) {
			sem <- struct{}{}
			res[i] = i * 10
			<-sem
			fin <- true
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-fin
	}
	fmt.Println(res)
}
