package main

import "fmt"

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}

func main() {
	_, err := safeIndex([]int{1}, 3)
	fmt.Println(err)
	var m map[int]int
	func() {
		defer func() { fmt.Println(recover()) }()
		m[1] = 2
	}()
	fmt.Println("done")
}
