// errorcheck

package main

type Speaker interface {
	Speak() string
}

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

type Cat struct{}

func say(s Speaker) {}

func main() {
	var s Speaker = Dog{} // ERROR "cannot use Dog\{\} \(value of type Dog\) as Speaker value in variable declaration: Dog does not implement Speaker \(method Speak has pointer receiver\)"
	say(Cat{})            // ERROR "cannot use Cat\{\} \(value of type Cat\) as Speaker value in argument to say: Cat does not implement Speaker \(missing method Speak\)"
	s = &Dog{}
	_ = s
}
