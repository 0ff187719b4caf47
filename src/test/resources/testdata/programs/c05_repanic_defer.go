package main

import (
	"errors"
	"fmt"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered", r)
		panic(fmt.Sprintf("%v again", r))
	}
}

func main() {
	defer fmt.Println("main deferred")
	defer func() {
		r := recover()
		fmt.Println("outer got", r)
		panic(errors.New("final"))
	}()
	defer cleanup("inner")
	panic("first")
}
