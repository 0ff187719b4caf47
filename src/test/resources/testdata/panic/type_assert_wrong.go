package main

func main() {
	var x interface{} = "hello"
	_ = x.(int)
}
