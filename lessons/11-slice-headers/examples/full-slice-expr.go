package main

import "fmt"

func main() {
	full := []int{1, 2, 3, 4}
	r := append(full[:2], 9) // cap 4 leaves room: overwrites full[2]
	fmt.Println(full, r)

	t := full[1:2:2] // len 1, cap 1: no room to grow in place
	t = append(t, 7) // so append copies into a new array
	t[0] = 100       // and this write does not touch full
	fmt.Println(full, t)
}

// Output:
// [1 2 9 4] [1 2 9]
// [1 2 9 4] [100 7]
