// errorcheck

package main

func main() {
L1: // ERROR "label L1 defined and not used"
	for {
		break
	}
L2:
	for i := 0; i < 2; i++ {
		continue L2
	}
	for {
		break L3 // ERROR "break label not defined: L3"
	}
L4:
	if true {
		break L4 // ERROR "invalid break label L4"
	}
}
