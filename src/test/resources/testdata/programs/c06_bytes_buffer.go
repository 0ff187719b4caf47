package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("abc"), []byte("bc")), bytes.ToUpper([]byte("x")))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 2)), bytes.Compare([]byte("a"), []byte("b")))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(strings.Fields(" x  y "), strings.Index("chicken", "ken"))
	parts := strings.Split("2024-01-15", "-")
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), fmt.Sprintln("x", 1))
	fmt.Print("a", "b", 1, 2, true, "\n")
	s := fmt.Sprintf("%[2]d %[1]d %v", 1, 2, 3)
	fmt.Println(s)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%!d %d\n", 1)
	fmt.Printf("%d %s\n", "x", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprintf("%v", []interface{}{1, "a", nil, 2.5, []int{1}}))
	fmt.Printf("%08.3f|%+.2e|%x|%X\n", -3.14159, 12345.678, 3.5, -1)
	fmt.Printf("%3c|%-4q|%#q\n", 'x', 'y', "back`tick")
	fmt.Printf("%v %v\n", &[]int{1}, &map[string]int{"a": 1})
	type inner struct{ P *int }
	fmt.Printf("%v\n", inner{nil})
}
