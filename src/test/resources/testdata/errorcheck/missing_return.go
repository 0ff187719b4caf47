// errorcheck

package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) (int, error) {
	for x > 0 {
		return x, nil
	}
} // ERROR "missing return"

func c(x int) int {
	switch {
	case x > 0:
		return 1
	}
} // ERROR "missing return"

func d() int {
	for {
	}
}

func e(x int) int {
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
}

func main() {
	_, _, _, _, _ = a(1), b, c(1), d, e(1)
}
