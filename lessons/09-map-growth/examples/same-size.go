package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000; i++ {
		m[i] = i
		if len(m) > 40 { // keep about 40 entries: B stays 3...
			delete(m, i-40) // ...but the deletes leave holes and the inserts chain overflow buckets
		}
	}
	fmt.Println(len(m))
}

// Output:
// 40
