package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.Heap;

/**
 * A {@link Ctx} for the library tests: methods are the {@link NativeMethod}s registered on test
 * {@link Named} types (no promotion), function values are {@link NativeFunc}s.
 */
final class FmtTestCtx implements Ctx {
    private final Heap heap = new Heap();
    private final FastRand rand = new FastRand(1);
    private final int goMinor;
    final StringBuilder stdout = new StringBuilder();
    final StringBuilder stderr = new StringBuilder();

    FmtTestCtx(int goMinor) {
        this.goMinor = goMinor;
    }

    FmtTestCtx() {
        this(19);
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
        stderr.append(bytes);
    }

    @Override
    public Object call(Object fn, Object[] args) {
        return ((NativeFunc) fn).call(this, args);
    }

    private static Named.MethodDef find(Type t, String name) {
        Named n = Values.namedOf(t);
        if (n == null) return null;
        Named.MethodDef m = n.method(name);
        if (m == null || (m.pointerRecv && !(t instanceof Type.Pointer))) return null;
        return m;
    }

    @Override
    public boolean hasMethod(Type t, String name) {
        return find(t, name) != null;
    }

    @Override
    public Object callMethod(Iface recv, String name, Object[] args) {
        Named.MethodDef m = find(recv.type(), name);
        Object r = recv.value();
        if (!m.pointerRecv && recv.type() instanceof Type.Pointer) r = Values.copy(((Pointer) r).load());
        return ((NativeMethod) m.impl).call(this, r, args);
    }

    @Override
    public void event(String label) {
    }
}
