// errorcheck

package main

func main() {
	x := 1
	if x > 0 {
	}
	else { // ERROR "syntax error: unexpected keyword else, expected }"
	}
}
