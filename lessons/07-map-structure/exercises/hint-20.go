package main

func main() {
	m := make(map[string]int, 20)
	m["x"] = 1
}
