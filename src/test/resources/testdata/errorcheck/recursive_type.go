// errorcheck

package main

type Node struct { // ERROR "invalid recursive type: Node refers to itself"
	next Node
}

type OK struct {
	next *OK
}

func main() {
	var n Node
	var o OK
	_, _ = n, o
}
