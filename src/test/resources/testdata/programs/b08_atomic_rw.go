package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	s.m[k]++
	s.mu.Unlock()
}

func main() {
	var n int64
	var u atomic.Int32
	var wg sync.WaitGroup
	sm := &SafeMap{m: map[string]int{}}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
			u.Add(1)
			sm.Inc(fmt.Sprint(i % 3))
		}(i)
	}
	wg.Wait()
	v, ok := sm.Get("1")
	fmt.Println(atomic.LoadInt64(&n), u.Load(), v, ok, len(sm.m))
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
	var val atomic.Value
	val.Store("hello")
	fmt.Println(val.Load().(string))
}
