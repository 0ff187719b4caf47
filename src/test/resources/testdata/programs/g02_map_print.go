package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[float64]string{2.5: "b", -1: "a", math.Inf(1): "inf", math.NaN(): "nan", 0: "z"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false})
	fmt.Println(map[rune]int{'b': 1, 'a': 2}, map[int8]int{-3: 1, 5: 2})
	fmt.Printf("%v %+v %#v\n", map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}}, map[string]int{"b": 1, "a": 2})
	m := map[string][]string{"z": {"1"}, "a": nil}
	fmt.Println(m, len(m["a"]), m["a"] == nil)
	type S struct{ M map[string]int }
	fmt.Printf("%+v\n", S{map[string]int{"q": 1, "p": 2}})
	var nm map[string]int
	fmt.Printf("%v %d %#v\n", nm, len(nm), nm)
	fmt.Println(map[uint]string{10: "ten", 2: "two", 33: "tt"})
}
