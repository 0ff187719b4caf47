package main

import (
	"fmt"
	"math"
)

const (
	A = iota * 10
	B
	_
	D
	E = "e"
	F
	G = iota
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

func main() {
	fmt.Println(A, B, D, E, F, G, Sunday, Monday)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u uint = 3
	fmt.Println(i8, u8, u-4 > 0, -7/2, -7%2, 7/-2, 7%-2, 7>>1, -7>>1, 1<<10, 0xff&^0x0f, 6^3, ^5)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi, math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3), math.Pow(2, 10), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64)
	var f float64 = 10
	fmt.Println(f/3, float32(f)/3, int(f/3), uint8(300&0xff), int64(math.MaxInt32)+1)
	x := 1 << 62
	fmt.Println(x, x*2, x*4, uint64(1)<<63)
	fmt.Println(math.Trunc(2.7), math.Round(2.5), math.Mod(7, 3), math.Hypot(3, 4), math.Log(math.E), math.IsNaN(math.NaN()))
	fmt.Printf("%.3f %v %v\n", math.Sqrt(-1), 5/2.0, 1/3.0)
	h := 0x7fffffffffffffff
	fmt.Println(h+1 < 0)
	var r rune = 'é'
	var b byte = 'A'
	fmt.Println(r, b, string(r), string(b), string(rune(0x4e16)))
	a, c := 17, 5
	fmt.Println(a/c, a%c, float64(a)/float64(c))
	zero := 0
	fmt.Println(10 / zero)
}
