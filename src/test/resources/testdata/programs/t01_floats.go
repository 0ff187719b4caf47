package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.5, 1.5, 2.5, 1e-7, 1e-5, 123456789, 1e20, 1e21, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e-4, 3.14159265358979, math.MaxFloat64, math.SmallestNonzeroFloat64, 5e-324, 0.000001234}
	for _, v := range vals {
		fmt.Println(v, float32(v))
		fmt.Printf("%v|%g|%e|%.3f|%.0f|%6.2f|%-8.3g|%G|%.3e\n", v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []float64{0.125, 0.375, 2.675, 1.005, 0.045, 1234.5678} {
		fmt.Printf("%.2f %.1f %.0f %s %s\n", v, v, v, strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 32))
	}
	inf, nan := math.Inf(1), math.NaN()
	fmt.Printf("%v %v %v %5.1f|%-6v|%+v\n", inf, -inf, nan, inf, nan, inf)
	fmt.Println(float32(16777217), float64(float32(0.1)), int64(float64(1<<53)+1))
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32), f32 == 1.1)
	fmt.Printf("%x %X %b\n", 1.0, -2.5, 8.0)
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Round(-0.5), math.Trunc(-0.5), -0.0 == 0.0)
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123.456, 'f', 1, 64), strconv.FormatFloat(0.000001, 'g', 3, 64))
	x, _ := strconv.ParseFloat("1e400", 64)
	y, err := strconv.ParseFloat("abc", 64)
	fmt.Println(x, y, err)
	fmt.Println(7/2, 7.0/2, float64(7)/2, 7%3, -7%3, 1<<3|1, 0x10, 0o17, 0b101, 1_000_000)
	fmt.Printf("%08.3f|%+08d|%x|%o|%q\n", -3.5, 42, -255, 64, 0x41)
	fmt.Printf("%5s|%-5s|%5.1s|%.0s|\n", "ab", "ab", "xyz", "gone")
	fmt.Printf("%3d|%-3d|%03d|% d|%+d\n", -5, -5, -5, 5, 0)
	fmt.Printf("%t|%6t|%v\n", false, true, !false)
	fmt.Printf("%c|%3c|%-3c|%U|%#U\n", 'A', 'B', 'C', 'é', 'é')
}
