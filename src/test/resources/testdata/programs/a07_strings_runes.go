package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s)[:3], []rune(s)[:3])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, " ", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))
	fmt.Printf("%q %+q %x\n", bad, s, s)
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(string(bs), s[1], s[1:3], string(s[7]))
	rs := []rune(s)
	rs[0] = 'H'
	fmt.Println(string(rs), len(rs))
	fmt.Println(unicode.IsUpper('A'), unicode.IsLetter('1'), unicode.IsDigit('9'), unicode.ToUpper('q'), string(unicode.ToLower('Q')), unicode.IsSpace('\t'))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(r, size, utf8.RuneLen('世'), string(r))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '界')
	fmt.Println(buf[:n], n)
	fmt.Println("abc" < "abd", "Z" < "a", "" < "a", "go"+"lang")
	var joined string
	for i := 0; i < 5; i++ {
		joined += string(rune('a' + i))
	}
	fmt.Println(joined)
}
