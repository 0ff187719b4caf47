// errorcheck

package main

func takeByte(b uint8) {}

func main() {
	var b uint8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	takeByte(256) // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in argument to takeByte \(overflows\)"
	const big = 1 << 40
	var x int32 = big // ERROR "cannot use big \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	_ = uint8(300) // ERROR "constant 300 overflows uint8"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	_, _, _, _ = b, i8, x, u
}
