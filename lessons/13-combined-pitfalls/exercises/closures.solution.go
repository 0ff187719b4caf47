package main

import "fmt"

func main() {
	var printers []func()
	for i := 0; i < 3; i++ {
		i := i // a new variable per iteration (what Go 1.22 does by itself)
		printers = append(printers, func() { fmt.Println(i) })
	}
	for _, p := range printers {
		p()
	}
}
