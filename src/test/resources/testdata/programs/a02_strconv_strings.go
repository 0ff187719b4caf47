package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.Quote("a\"b\n"))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatBool(false))
	s := "  Hello, World! Hello!  "
	fmt.Println(strings.TrimSpace(s), strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Contains(s, "World"), strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Count(s, "l"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")), strings.Fields("  a b   c "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.TrimPrefix("golang", "go"), strings.TrimSuffix("golang", "ng"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Title("hello world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.SplitN("a,b,c,d", ",", 2), strings.IndexByte("abc", 'c'), strings.ContainsRune("abc", 'b'))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("x")
		sb.WriteByte('y')
		sb.WriteRune('é')
		fmt.Fprintf(&sb, "%d", i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "abc"), strings.ContainsAny("hello", "xyz"), strings.IndexAny("golang", "ln"))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
}
