package main

import "fmt"

type account struct {
	owner   string
	balance int
}

func main() {
	accounts := map[string]account{
		"ann": {"Ann", 100},
		"bob": {"Bob", 50},
	}
	accounts["bob"].balance += 25
	fmt.Println(accounts["bob"].balance)
}
