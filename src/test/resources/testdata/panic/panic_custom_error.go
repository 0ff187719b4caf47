package main

import "fmt"

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	var err error = &MyErr{7}
	panic(err)
}
