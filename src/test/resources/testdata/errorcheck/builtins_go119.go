// errorcheck
// go 1.19

package main

func main() {
	x := 1
	_ = len(x)        // ERROR "invalid argument: x \(variable of type int\) for len"
	_ = append(x, 1)  // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	var m map[string]int
	delete(m)         // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	_ = make(int)     // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)   // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = cap(m)        // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	len("abc")        // ERROR "len\(\"abc\"\) \(constant 3 of type int\) is not used"
}
