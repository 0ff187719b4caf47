package main

type Color int

func (c Color) String() string { return "red" }

func main() {
	panic(Color(1))
}
