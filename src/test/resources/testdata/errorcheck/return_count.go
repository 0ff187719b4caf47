// errorcheck

package main

func one() int {
	return 1, 2 // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)"
}

func two() (int, error) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, error\)"
}

func none() {
	return 1 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func three() (int, string) {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(int, string\)"
}

func four() string {
	return 4 // ERROR "cannot use 4 \(untyped int constant\) as string value in return statement"
}

func main() {
	_, _, _, _ = one, two, three, four
	none()
}
