// errorcheck

package main

import (
	"fmt"
	"net/http" // ERROR "package net/http is not in std"
)

func main() {
	fmt.Println(http.StatusOK)
}
