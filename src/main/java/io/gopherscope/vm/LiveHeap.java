package io.gopherscope.vm;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.chan.Sudog;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.heap.SizeClasses;
import io.gopherscope.rt.slices.Slice;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The heap budget's collector: counts the simulated bytes still reachable from the roots (every
 * goroutine's frames, deferred calls, panics and sudogs, and the package variables), so that
 * garbage stops counting against the budget, as Go's collector would free it. Only the count
 * changes; addresses are never reused.
 *
 * <p>Sizes are estimates: arrays and runtime objects count what they were charged, heap variables
 * and closures a small fixed amount. Values held only by Java closures of the runtime (a pending
 * timer's function) are not seen; they are small.
 */
final class LiveHeap {
    private static final long CELL_BYTES = 16;

    private final Machine m;
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ArrayDeque<Object> work = new ArrayDeque<>();
    private long bytes;

    private LiveHeap(Machine m) {
        this.m = m;
    }

    static long count(Machine m) {
        LiveHeap h = new LiveHeap(m);
        h.roots();
        h.drain();
        return h.bytes;
    }

    private void roots() {
        for (Cell c : m.globals) push(c);
        if (m.sched == null) return;
        for (Goroutine g : m.sched.allgs) {
            push(g.param);
            push(g.waiting);
            push(g.panicking);
            for (Frame f = (Frame) g.stack; f != null; f = f.caller) {
                for (Object v : f.s) push(v);
                push(f.closure);
                if (f.defers != null) for (Object[] d : f.defers) {
                    push(d[0]);
                    if (d[1] instanceof Object[] args) for (Object a : args) push(a);
                }
                if (f.deferOf != null) push(f.deferOf.panic.value);
            }
        }
    }

    private void push(Object v) {
        if (v == null || v instanceof Long || v instanceof String || v instanceof Boolean || v instanceof Double) return;
        if (seen.add(v)) work.push(v);
    }

    private final HeapObject.ValueEncoder children = new HeapObject.ValueEncoder() {
        @Override
        public Object encode(Object value, Type type) {
            push(value);
            return null;
        }

        @Override
        public Object ref(HeapObject obj) {
            push(obj);
            return null;
        }
    };

    private void drain() {
        while (!work.isEmpty()) {
            Object v = work.pop();
            switch (v) {
                case Cell c -> {
                    if (c.addr != 0) bytes += CELL_BYTES;
                    push(c.v);
                }
                case Pointer.ToCell p -> push(p.cell);
                case Pointer.ToField p -> push(p.base);
                case Pointer.ToElem p -> push(p.array);
                case Slice s -> push(s.array);
                case GoArray a -> {
                    if (a.addr != 0) bytes += rounded(a.byteSize());
                    for (Object e : a.elems) push(e);
                }
                case GoStruct s -> {
                    for (Object f : s.f) push(f);
                }
                case Iface i -> push(i.value());
                case Closure c -> {
                    if (c.addr != 0) bytes += 8L + 8L * c.captured.length;
                    for (Object x : c.captured) push(x);
                    push(c.recv);
                }
                case Sudog s -> push(s.elem);
                case HeapObject o -> {
                    bytes += o.heapBytes();
                    try {
                        o.describe(new java.util.LinkedHashMap<>(), children);
                    } catch (RuntimeException e) {
                        // a half-built object: count what was seen
                    }
                }
                case Object[] arr -> {
                    for (Object x : arr) push(x);
                }
                default -> {
                }
            }
        }
    }

    private static long rounded(long size) {
        return size <= 0 ? 0 : SizeClasses.roundupsize(size);
    }
}
