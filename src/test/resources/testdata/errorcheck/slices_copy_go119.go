// errorcheck
// go 1.19

package main

func main() {
	c := make([]int, 2)
	_ = copy(c, "hi")    // ERROR "invalid argument: arguments to copy c \(variable of type \[\]int\) and \"hi\" \(untyped string constant\) have different element types int and byte"
	_ = copy(c, []int8{}) // ERROR "invalid argument: arguments to copy c \(variable of type \[\]int\) and \[\]int8{} \(value of type \[\]int8\) have different element types int and int8"
	s := []int{1, 2, 3}
	_ = s[2:1]           // ERROR "invalid slice indices: 1 < 2"
	_ = s[1:3:2]         // ERROR "invalid slice indices: 2 < 3"
	var a [4]int
	_ = a[5:]            // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	_ = "abc"[1:0]       // ERROR "invalid slice indices: 0 < 1"
	_ = "a" * 2          // ERROR "invalid operation: \"a\" \* 2 \(mismatched types untyped string and untyped int\)"
	var ch chan int
	close(ch, 1)         // ERROR "invalid operation: too many arguments for close\(ch, 1\) \(expected 1, found 2\)"
}
