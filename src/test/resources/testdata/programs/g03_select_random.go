package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na+nb, na > 20, nb > 20)
	c := make(chan int)
	close(c)
	cnt := 0
	for i := 0; i < 10; i++ {
		select {
		case _, ok := <-c:
			if !ok {
				cnt++
			}
		default:
			fmt.Println("default never")
		}
	}
	fmt.Println(cnt)
}
