package main

import (
	"errors"
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("goroutine %d recovered: %v\n", id, r)
			}
		}()
		f()
	}()
}

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid " + e.Field }

func main() {
	var wg sync.WaitGroup
	safeGo(&wg, 1, func() { panic("oops") })
	safeGo(&wg, 2, func() {
		var m map[string][]int
		m["a"] = append(m["a"], 1)
	})
	safeGo(&wg, 3, func() { panic(ValidationError{"name"}) })
	safeGo(&wg, 4, func() { fmt.Println("fine") })
	wg.Wait()
	var err error = ValidationError{"age"}
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	panic(fmt.Errorf("fatal: %w", err))
}
