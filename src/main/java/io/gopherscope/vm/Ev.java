package io.gopherscope.vm;

/**
 * A compiled expression that cannot block and calls no Go function: operators, variable reads,
 * indexing, builtins, conversions, composite literals. Calls and channel operations are hoisted
 * by the compiler into {@link Instr instructions} that leave their results in frame slots, so an
 * {@code Ev} always runs to completion without switching goroutines. A runtime error inside
 * throws {@link io.gopherscope.rt.GoPanic}.
 */
@FunctionalInterface
public interface Ev {
    Object ev(Frame f);
}
