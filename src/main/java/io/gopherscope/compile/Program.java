package io.gopherscope.compile;

import io.gopherscope.vm.FuncCode;

/**
 * A compiled program: {@code main.main}, the package initializer (variable initializers and
 * {@code init} functions, or null), and the goroutine id the program's first {@code go}
 * statement gets (Go 1.19 with GOMAXPROCS=1 has runtime goroutines 2–4, plus the finalizer
 * goroutine 5 once package os is initialized, so user goroutines start at 5 or 6).
 */
public record Program(FuncCode main, FuncCode init, long firstUserGoid) {
}
