package main

import "fmt"

var sink []byte

func main() {
	b := []byte("hello")
	fmt.Println(len(b), cap(b))
	s := "hello"
	s += "!"
	d := []byte(s)
	sink = d
	fmt.Println(len(d), cap(d))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	e := []byte("a longer constant string that is more than 32 bytes long")
	fmt.Println(len(e), cap(e))
	var x []byte = []byte(s + s + s + s + s + s)
	fmt.Println(len(x), cap(x))
	y := append([]byte("ab"), 'c')
	fmt.Println(len(y), cap(y))
}
