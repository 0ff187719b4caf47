package main

import (
	"errors"
	"fmt"
	"sync"
)

type result struct {
	id  int
	err error
}

func task(id int) error {
	if id%3 == 0 {
		return fmt.Errorf("task %d: %w", id, errBad)
	}
	return nil
}

var errBad = errors.New("bad input")

func main() {
	var wg sync.WaitGroup
	errs := make(chan result, 10)
	for i := 1; i <= 7; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if err := task(id); err != nil {
				errs <- result{id, err}
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for r := range errs {
		fmt.Println(r.id, r.err, errors.Is(r.err, errBad))
	}
	var once sync.Once
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			once.Do(func() { fmt.Println("init by", i) })
		}(i)
	}
	wg2.Wait()
	sm := sync.Map{}
	sm.Store("a", 1)
	sm.Store("b", 2)
	v, ok := sm.Load("a")
	fmt.Println(v, ok)
	sm.Delete("a")
	_, ok = sm.Load("a")
	fmt.Println(ok)
	act, loaded := sm.LoadOrStore("b", 5)
	fmt.Println(act, loaded)
	n := 0
	sm.Range(func(k, v interface{}) bool { n++; return true })
	fmt.Println(n)
}
