package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Hdr struct {
	Data uintptr
	Len  int
	Cap  int
}

func main() {
	var s []int
	var m map[string]int
	var ch chan int
	var str string
	var i interface{}
	var p *int
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(m), unsafe.Sizeof(ch), unsafe.Sizeof(str), unsafe.Sizeof(i), unsafe.Sizeof(p))
	fmt.Println(unsafe.Sizeof(Small{}), unsafe.Sizeof(Packed{}), unsafe.Alignof(Small{}), unsafe.Sizeof(Hdr{}))
	var sm Small
	fmt.Println(unsafe.Offsetof(sm.a), unsafe.Offsetof(sm.b), unsafe.Offsetof(sm.c))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(int32(0)), unsafe.Sizeof(0), unsafe.Sizeof(1.5), unsafe.Sizeof('x'), unsafe.Sizeof([3]int16{}), unsafe.Sizeof(struct{}{}))
	const n = unsafe.Sizeof(uint16(0))
	var arr [n]int
	fmt.Println(len(arr), unsafe.Alignof(int16(0)))
	fmt.Printf("%T\n", unsafe.Sizeof(s))
}
