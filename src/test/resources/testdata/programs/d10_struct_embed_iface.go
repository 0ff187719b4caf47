package main

import (
	"fmt"
	"sort"
	"strings"
)

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Describer interface{ Describe() string }

type Wrapper struct {
	*Base
	Name string
}


type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	w := Wrapper{&Base{1}, "w"}
	w.SetID(7)
	var d Describer = w
	fmt.Println(d.Describe(), w.ID)
	words := strings.Fields("the quick brown fox jumped over lazy dogs")
	sort.Stable(byLen(words))
	fmt.Println(words)
	type kv struct {
		k string
		v int
	}
	freq := map[string]int{"x": 3, "y": 1, "z": 3, "w": 2}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
}
