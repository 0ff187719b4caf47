package main

func main() {
	s := "héllo"
	i := 10
	_ = s[i]
}
