// errorcheck

package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	s := "a"
	for i := 0; s; i++ { // ERROR "non-boolean condition in for statement"
	}
	_ = !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
}
