package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func sw(n int) {
	switch n {
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3, 4:
		fmt.Print("three-four ")
	default:
		fmt.Print("other ")
	}
	fmt.Println()
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	for _, n := range []int{-1, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	sw(1)
	sw(3)
	sw(9)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	i := 0
	for i < 3 {
		i++
	}
	for {
		i *= 2
		if i > 50 {
			break
		}
	}
	fmt.Println(i)
	x := 5
	if y := x * 2; y > 8 {
		fmt.Println("big", y)
	} else if y > 4 {
		fmt.Println("mid", y)
	}
	switch z := x % 3; z {
	case 2:
		fmt.Println("two")
	}
	var arr [3]string
	for i := range arr {
		arr[i] = fmt.Sprint(i)
	}
	fmt.Println(arr, len(arr))
	fn := func(fs ...func(int) int) int {
		v := 1
		for _, f := range fs {
			v = f(v)
		}
		return v
	}
	fmt.Println(fn(func(a int) int { return a + 1 }, func(a int) int { return a * 10 }))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	for _, p := range ps {
		p.v = 100
	}
	for i := range ps {
		ps[i].v *= 3
	}
	fmt.Println(ps)
	fmt.Printf("%v %+v\n", ps[0], ps)
}
