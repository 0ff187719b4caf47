package main

import "fmt"

type T struct{}

func main() {
	var x interface{} = T{}
	_ = x.(fmt.Stringer)
}
