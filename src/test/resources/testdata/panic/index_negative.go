package main

func main() {
	a := [3]int{}
	i := -1
	a[i] = 1
}
