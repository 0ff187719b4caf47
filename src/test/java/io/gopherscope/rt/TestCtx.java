package io.gopherscope.rt;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.heap.Heap;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal {@link Ctx} for runtime unit tests: a fresh heap, one seeded {@link FastRand}, a Go
 * version, and a list of the events the runtime recorded. Calls into Go code are unsupported.
 */
public final class TestCtx implements Ctx {
    private final Heap heap;
    private final FastRand rand;
    private final int goMinor;
    public final List<String> events = new ArrayList<>();
    public final StringBuilder stdout = new StringBuilder();

    public TestCtx(int goMinor, long seed) {
        this(goMinor, seed, Heap.DEFAULT_MAX_BYTES);
    }

    public TestCtx(int goMinor, long seed, long maxHeap) {
        this.goMinor = goMinor;
        this.rand = new FastRand(seed);
        this.heap = new Heap(maxHeap);
    }

    /** Go 1.19, seed 1. */
    public TestCtx() {
        this(19, 1);
    }

    @Override
    public Heap heap() {
        return heap;
    }

    @Override
    public FastRand rand() {
        return rand;
    }

    @Override
    public int goMinor() {
        return goMinor;
    }

    @Override
    public void writeStdout(String bytes) {
        stdout.append(bytes);
    }

    @Override
    public void writeStderr(String bytes) {
    }

    @Override
    public Object call(Object fn, Object[] args) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasMethod(Type t, String name) {
        return false;
    }

    @Override
    public Object callMethod(Iface recv, String name, Object[] args) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void event(String label) {
        events.add(label);
    }
}
