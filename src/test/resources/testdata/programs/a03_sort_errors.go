package main

import (
	"errors"
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

var ErrNotFound = errors.New("not found")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(k int) error {
	if k == 0 {
		return fmt.Errorf("find %d: %w", k, ErrNotFound)
	}
	if k < 0 {
		return &MyErr{k}
	}
	return nil
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.IntsAreSorted(xs))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	people := []Person{{"A", 30}, {"B", 20}, {"C", 30}, {"D", 10}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
	fmt.Println(xs)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	err := find(0)
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	err = find(-3)
	var me *MyErr
	fmt.Println(err, errors.As(err, &me), me.Code)
	fmt.Println(find(1) == nil)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
