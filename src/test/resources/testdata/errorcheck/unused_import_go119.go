// errorcheck
// go 1.19

package main

import (
	"fmt"
	"os"      // ERROR "imported and not used: \"os\""
	str "strings" // ERROR "imported and not used: \"strings\" as str"
)

func main() {
	fmt.Println("hi")
}
