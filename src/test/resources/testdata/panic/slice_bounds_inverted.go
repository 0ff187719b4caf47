package main

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 1
	_ = s[i:j]
}
