package main

import "fmt"

var (
	a = b + 1
	b = f()
	c = "c"
)

var total int

func f() int {
	fmt.Println("f called, c =", c)
	return 10
}

func init() {
	fmt.Println("init 1", a, b)
	total += a
}

func init() {
	fmt.Println("init 2")
	total *= 2
}

type Op func(int, int) int

var ops = map[string]Op{
	"add": func(x, y int) int { return x + y },
	"mul": func(x, y int) int { return x * y },
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

func main() {
	fmt.Println("main", total, a, b, c)
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), len(ops))
	fmt.Println(fact(10), fact(20), isEven(10), isOdd(7))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	fmt.Println(IntList{1, 2, 3}.Sum())
	cnt := Counter{}
	cnt.Add("x")
	cnt.Add("x")
	fmt.Println(cnt)
	anon := struct {
		Name string `json:"name"`
		Age  int
	}{"bob", 3}
	fmt.Printf("%v %+v\n", anon, anon)
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	type Celsius float64
	type Temp = Celsius
	var t Temp = 3
	fmt.Printf("%T %v\n", t, t)
	fmt.Println(uint64(18446744073709551615), int64(-9223372036854775808))
	fmt.Printf("%x %X %o %b\n", -255, uint8(200), -8, -5)
}
