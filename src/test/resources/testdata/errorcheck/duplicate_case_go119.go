// errorcheck
// go 1.19

package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("a")
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
		fmt.Println("b")
	}
	switch s := "a"; s {
	case "a", "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
}
