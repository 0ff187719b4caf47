package main

func main() {
	ch := make(chan int, 4)
	for i := 0; i < 6; i++ {
		ch <- i
		if i%2 == 1 {
			<-ch
		}
	}
}
