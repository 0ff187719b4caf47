// errorcheck

package main

func main() {
	var b uint8 = 200
	b = b + 300 // ERROR "300 \(untyped int constant\) overflows uint8"
	const c int8 = 100
	_ = c * 2 // ERROR "c \* 2 \(constant 200 of type int8\) overflows int8"
	_ = int8(1) << 8 // ERROR "int8\(1\) << 8 \(constant 256 of type int8\) overflows int8"
	var f float32 = 1e300 // ERROR "cannot use 1e300 \(untyped float constant 1e\+300\) as float32 value in variable declaration \(overflows\)"
	_, _ = b, f
}
