package main

import (
	"fmt"
	"sort"
)

type Key struct {
	X, Y int
}

func main() {
	m := map[Key]string{{1, 2}: "a", {0, 0}: "origin"}
	m[Key{3, 4}] = "b"
	fmt.Println(m, len(m))
	delete(m, Key{1, 2})
	delete(m, Key{9, 9})
	fmt.Println(m)
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	groups := map[bool][]int{}
	for i := 0; i < 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	fmt.Println(nested, nested["q"]["z"])
	arrKey := map[[2]int]bool{{1, 1}: true}
	fmt.Println(arrKey[[2]int{1, 1}], arrKey[[2]int{1, 2}])
	type P struct{ N int }
	pm := map[string]*P{"a": {1}}
	pm["a"].N++
	fmt.Println(pm["a"].N)
	sm := map[string]P{"a": {1}}
	p := sm["a"]
	p.N = 10
	fmt.Println(sm["a"].N, p.N)
	var iface map[interface{}]int = map[interface{}]int{1: 1, "1": 2, 1.5: 3}
	fmt.Println(len(iface), iface[1], iface["1"])
	fmt.Printf("%v %d\n", map[int]string{3: "c", 1: "a", 2: "b"}, map[string]int{"b": 2, "a": 1})
	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for k := range big {
		if k%2 == 0 {
			delete(big, k)
		}
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
	var fm map[float64]int = map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm), fm[nan])
	v, ok := counts["zzz"]
	fmt.Println(v, ok)
	iface[[]int{1}] = 3
}
