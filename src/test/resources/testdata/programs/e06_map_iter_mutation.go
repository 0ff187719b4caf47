package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 10; i++ {
		m[i] = true
	}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range m2 {
		m2[k] = v * 10
	}
	keys := []string{}
	for k := range m2 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, m2[k], " ")
	}
	fmt.Println()
	clone := make(map[string]int, len(m2))
	for k, v := range m2 {
		clone[k] = v
	}
	clone["a"] = -1
	fmt.Println(m2["a"], clone["a"], len(clone))
	type S struct{ vals []int }
	ms := map[string]*S{"x": {}}
	ms["x"].vals = append(ms["x"].vals, 1, 2)
	fmt.Println(ms["x"].vals)
	mm := map[string][]int{}
	mm["k"] = append(mm["k"], 5)
	mm["k"][0] = 6
	fmt.Println(mm)
	var nilm map[string]int
	fmt.Println(nilm["x"], len(nilm))
	for range nilm {
		fmt.Println("never")
	}
	delete(nilm, "x")
	v, ok := nilm["q"]
	fmt.Println(v, ok)
	nilm["boom"] = 1
}
