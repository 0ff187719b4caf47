package main

import "fmt"

func main() {
	var printers []func()
	for i := 0; i < 3; i++ {
		printers = append(printers, func() { fmt.Println(i) })
	}
	for _, p := range printers {
		p()
	}
}
