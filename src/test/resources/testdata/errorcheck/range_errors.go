// errorcheck

package main

func main() {
	x := 1.5
	for range x { // ERROR "cannot range over x \(variable of type float64\)"
	}
	ch := make(chan int)
	for a, b := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
	for i := range 3 {
		_ = i
	}
}
