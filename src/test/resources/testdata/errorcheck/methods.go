// errorcheck

package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func (t T) Get() int { return 0 } // ERROR "method T.Get already declared at methods.go:7:12"

func (x int) Double() int { return x * 2 } // ERROR "cannot define new methods on non-local type int"

func (t *T) n() {} // ERROR "field and method with the same name n"

type PT *T

func (p PT) M() {} // ERROR "invalid receiver type PT \(pointer or interface type\)"

func main() {
}
