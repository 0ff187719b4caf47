package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	if id == 2 {
		var p *struct{ x int }
		fmt.Println(p.x)
	}
	fmt.Println("worker", id)
}

func main() {
	for i := 0; i < 3; i++ {
		go worker(i)
	}
	time.Sleep(time.Second)
	fmt.Println("done")
}
