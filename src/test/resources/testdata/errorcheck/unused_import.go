// errorcheck

package main

import (
	"fmt"
	"os"          // ERROR "\"os\" imported and not used"
	str "strings" // ERROR "\"strings\" imported as str and not used"
	"unicode/utf8" // ERROR "\"unicode/utf8\" imported and not used"
)

func main() {
	fmt.Println("hi")
}
