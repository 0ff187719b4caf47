// errorcheck

package main

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	y, x := 3, 4
	y, x := 5, 6 // ERROR "no new variables on left side of :="
	_, _ = x, y
}
