package main

import (
	"fmt"
	"sort"
)

func main() {
	votes := map[string]int{"go": 7, "rust": 5, "zig": 2, "c": 9}
	langs := make([]string, 0, len(votes))
	for lang := range votes {
		langs = append(langs, lang)
	}
	sort.Strings(langs)
	for _, lang := range langs {
		fmt.Println(lang, votes[lang])
	}
}
