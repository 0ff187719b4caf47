// errorcheck

package main

func main() {
	if true {
	}
// ERROR "syntax error: unexpected EOF, expected }"