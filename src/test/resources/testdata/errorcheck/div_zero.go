// errorcheck

package main

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	const c = 1 / 0 // ERROR "invalid operation: division by zero"
	f := 1.5
	_ = f / 0 // a float variable may be divided by a constant zero (+Inf)
	x /= 0 // ERROR "invalid operation: division by zero"
}
