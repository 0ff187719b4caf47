package io.gopherscope.rt;

/**
 * A variable that lives on the simulated heap: one whose address is taken, that a closure
 * captures, or that {@code new} / {@code &T{}} allocated. Locals that never escape stay in frame
 * slots instead (Gopherscope does not model escape analysis beyond this rule).
 */
public final class Cell {
    public Object v;
    /** Simulated address, assigned by {@link io.gopherscope.rt.heap.Heap}; 0 until allocated. */
    public long addr;

    public Cell(Object v) {
        this.v = v;
    }
}
