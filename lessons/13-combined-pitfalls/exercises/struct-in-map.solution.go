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
	a := accounts["bob"] // a copy of the value
	a.balance += 25
	accounts["bob"] = a // store it back
	fmt.Println(accounts["bob"].balance)
}
