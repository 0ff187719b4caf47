package io.gopherscope.vm;

import io.gopherscope.rt.Addressed;

/**
 * A Go function value: compiled code plus the cells it captured. Method values
 * ({@code t.M}) are closures whose {@code recv} is the bound receiver.
 */
public final class Closure implements Addressed {
    public final FuncCode code;
    public final Object[] captured;
    public final boolean hasRecv;
    public final Object recv;
    public long addr;

    public Closure(FuncCode code, Object[] captured) {
        this.code = code;
        this.captured = captured;
        this.hasRecv = false;
        this.recv = null;
    }

    public Closure(FuncCode code, Object[] captured, Object recv) {
        this.code = code;
        this.captured = captured;
        this.hasRecv = true;
        this.recv = recv;
    }

    @Override
    public long addr() {
        return addr;
    }
}
