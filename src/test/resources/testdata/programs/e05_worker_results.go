package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Words int
	Upper string
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{j.ID, len(strings.Fields(j.Text)), strings.ToUpper(j.Text)}
	}
}

func main() {
	texts := []string{"a b c", "hello world", "one", "the quick brown fox", "", "x y"}
	jobs := make(chan Job, len(texts))
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- Job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("%d: %d %q\n", r.JobID, r.Words, r.Upper)
	}
	fmt.Println(len(all))
}
