package main

import "fmt"

func main() {
	var ints []int
	var caps []int // each new capacity of ints, once
	for i := 0; i < 3000; i++ {
		ints = append(ints, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(ints) {
			caps = append(caps, cap(ints))
		}
	}
	fmt.Println("int: ", caps)

	var bytes []byte
	caps = nil
	for i := 0; i < 3000; i++ {
		bytes = append(bytes, 'x')
		if len(caps) == 0 || caps[len(caps)-1] != cap(bytes) {
			caps = append(caps, cap(bytes))
		}
	}
	fmt.Println("byte:", caps)
}

// Output:
// int:  [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408]
// byte: [8 16 32 64 128 256 512 896 1408 2048 3072]
