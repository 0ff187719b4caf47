package main

import "fmt"

func main() {
	const n = 500
	var cubes []int
	for i := 0; i < n; i++ {
		cubes = append(cubes, i*i*i)
	}
	fmt.Println(len(cubes), cubes[n-1])
}
