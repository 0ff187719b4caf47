package main

import "fmt"

func main() {
	var x fmt.Stringer
	_ = x.(fmt.Stringer)
}
