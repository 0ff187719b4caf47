package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == want {
				fmt.Println("found")
				goto done
			}
		}
	}
	return -1, -1
done:
	return 1, 1
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1, 2}}, 9))
	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("retry", n)
		goto retry
	}
	var fs []func()
	k := 0
again:
	x := k * 10
	fs = append(fs, func() { fmt.Print(x, " ") })
	k++
	if k < 3 {
		goto again
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	func() {
		j := 0
	inner:
		j++
		if j < 2 {
			goto inner
		}
		fmt.Println("inner", j)
	}()
	goto end
end:
}
