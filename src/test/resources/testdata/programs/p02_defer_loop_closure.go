package main

import (
	"fmt"
	"os"
)

type resource struct{ name string }

func open(name string) (*resource, error) {
	if name == "" {
		return nil, fmt.Errorf("open %q: %w", name, os.ErrNotExist)
	}
	fmt.Println("open", name)
	return &resource{name}, nil
}

func (r *resource) Close() error {
	fmt.Println("close", r.name)
	return nil
}

func process(names []string) (err error) {
	for _, n := range names {
		r, err := open(n)
		if err != nil {
			return err
		}
		defer r.Close()
	}
	return nil
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	err := process([]string{"x", ""})
	fmt.Println(err)
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("inner recover:", r)
			}
		}()
		var arr []int
		defer fmt.Println("len at defer:", len(arr))
		arr = append(arr, 1)
		panic(fmt.Sprint("boom ", len(arr)))
	}()
	fmt.Println("x =", x)
}

func init() {
	os.Args = append(os.Args, "extra")
	fmt.Println(len(os.Args))
}
