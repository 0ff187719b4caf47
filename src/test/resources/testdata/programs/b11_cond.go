package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			v := q.Get()
			fmt.Println("consumer", id, "got", v)
		}(i)
	}
	for i := 0; i < 3; i++ {
		q.Put(i * 10)
	}
	wg.Wait()
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			fmt.Println("woke", id)
			mu.Unlock()
		}(i)
	}
	for i := 0; i < 5; i++ {
		fmt.Println("tick", i)
		var dummy sync.WaitGroup
		dummy.Add(1)
		go func() { dummy.Done() }()
		dummy.Wait()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg2.Wait()
	var rw sync.RWMutex
	c2 := sync.NewCond(rw.RLocker())
	_ = c2
	fmt.Println("done")
	mu.Lock()
	c.Wait()
}
