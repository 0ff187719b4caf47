package main

import "fmt"

func main() {
	header := make([]string, 0, 8)
	header = append(header, "id", "name")
	tables := map[string][]string{}
	tables["users"] = append(header, "email")
	tables["posts"] = append(header, "title")
	fmt.Println(tables["users"])
	fmt.Println(tables["posts"])
}
