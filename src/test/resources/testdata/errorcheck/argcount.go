// errorcheck

package main

func f(a, b int) int { return a + b }

func g(s string, xs ...int) {}

func main() {
	_ = f(1)       // ERROR "not enough arguments in call to f\n\thave \(number\)\n\twant \(int, int\)"
	_ = f(1, 2, 3) // ERROR "too many arguments in call to f\n\thave \(number, number, number\)\n\twant \(int, int\)"
	g()            // ERROR "not enough arguments in call to g\n\thave \(\)\n\twant \(string, ...int\)"
	g("a", "b")    // ERROR "cannot use \"b\" \(untyped string constant\) as int value in argument to g"
}
