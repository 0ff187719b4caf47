package main

import "fmt"

func main() {
	// One append of n bytes to a nil slice asks growslice for exactly n bytes,
	// so the capacity shows the size class that n bytes are rounded up to.
	var classes []int
	for n := 1; n <= 130; n++ {
		b := append([]byte(nil), make([]byte, n)...)
		if len(classes) == 0 || classes[len(classes)-1] != cap(b) {
			classes = append(classes, cap(b))
		}
	}
	fmt.Println(classes)
	// Above 32 KiB there are no classes: whole 8 KiB pages.
	big := append([]byte(nil), make([]byte, 32769)...)
	fmt.Println(cap(big))
}

// Output:
// [8 16 24 32 48 64 80 96 112 128 144]
// 40960
