package main

import "fmt"

func main() {
	var b []byte
	b = append(b, 'h', 'i')
	fmt.Println(string(b))
}
