package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	caps := []int{}
	for i := 0; i < 100; i++ {
		sb.WriteString("ab")
		caps = append(caps, sb.Cap())
	}
	fmt.Println(sb.Len(), caps[0], caps[5], caps[20], caps[99])
	var g strings.Builder
	g.Grow(10)
	fmt.Println(g.Cap(), g.Len())
	g.WriteString("hello")
	g.Grow(100)
	fmt.Println(g.Cap(), g.String())
	var b bytes.Buffer
	bc := []int{}
	for i := 0; i < 50; i++ {
		b.WriteString("xyz")
		bc = append(bc, b.Cap())
	}
	fmt.Println(b.Len(), bc[0], bc[21], bc[22], bc[49])
	b.Truncate(3)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	bb := bytes.NewBufferString("seed")
	fmt.Fprintf(bb, "-%d", 7)
	fmt.Println(bb.String(), bb.Len())
	data := bb.Bytes()
	data[0] = 'S'
	fmt.Println(bb.String())
	var big bytes.Buffer
	big.Grow(100)
	fmt.Println(big.Cap())
	parts := bytes.Split([]byte("a,b,c"), []byte(","))
	fmt.Println(len(parts), string(parts[1]), string(bytes.Join(parts, []byte("+"))))
	fmt.Println(string(bytes.TrimSpace([]byte("  x  "))), bytes.HasPrefix([]byte("golang"), []byte("go")), string(bytes.ToUpper([]byte("q"))))
	var w strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&w, "[%d]", i)
	}
	fmt.Println(w.String())
}
