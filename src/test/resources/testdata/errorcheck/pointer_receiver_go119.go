// errorcheck
// go 1.19

package main

type Speaker interface {
	Speak() string
}

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

type Cat struct{}

func say(s Speaker) {}

func main() {
	var s Speaker = Dog{} // ERROR "cannot use Dog\{\} \(value of type Dog\) as type Speaker in variable declaration:\n\tDog does not implement Speaker \(Speak method has pointer receiver\)"
	say(Cat{})            // ERROR "cannot use Cat\{\} \(value of type Cat\) as type Speaker in argument to say:\n\tCat does not implement Speaker \(missing Speak method\)"
	s = &Dog{}
	_ = s
}
