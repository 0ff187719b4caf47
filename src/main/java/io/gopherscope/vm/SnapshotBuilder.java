package io.gopherscope.vm;

import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.GStatus;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.trace.Snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link Snapshot} of the machine: goroutines with their frames and locals, and the
 * heap objects reachable from them (a heap graph keyed by simulated address, as a debugger shows
 * memory). Objects are discovered while values are encoded.
 */
final class SnapshotBuilder {
    private final Machine m;

    SnapshotBuilder(Machine m) {
        this.m = m;
    }

    Snapshot build() {
        Walk w = new Walk();
        List<Snapshot.GoroutineState> gs = new ArrayList<>();
        if (m.sched != null) {
            List<Goroutine> all = new ArrayList<>(m.sched.allgs);
            for (Goroutine g : all) {
                List<Snapshot.FrameState> frames = new ArrayList<>();
                int depth = 0; // frames below this one: the outermost is 0, so a frame keeps its depth while it lives
                for (Frame f = (Frame) g.stack; f != null; f = f.caller) depth++;
                for (Frame f = (Frame) g.stack; f != null; f = f.caller) {
                    depth--;
                    if (f.fn.name.startsWith("gopherscope.")) continue;
                    Map<String, Object> locals = new LinkedHashMap<>();
                    for (FuncCode.LocalVar lv : f.fn.locals) {
                        // visible once its declaring instruction (at fromPc) has run
                        if (f.pc <= lv.fromPc() || f.pc > lv.toPc() || lv.name().equals("_")) continue;
                        Object v = f.s[lv.slot()];
                        if (v instanceof Cell c) v = c.v;
                        if (v instanceof GoMap.MapIter it) {
                            locals.put(lv.name(), w.ref(new StackObject(stackAddr(g.goid, depth, lv.slot()), it)));
                            continue;
                        }
                        if (v == null && lv.name().endsWith(")")) continue; // a range over a nil map has no iterator
                        locals.put(lv.name(), w.encode(v, lv.type()));
                    }
                    frames.add(new Snapshot.FrameState(f.fn.name, f.line, locals));
                }
                String status = g == m.curG ? "running" : g.status.word;
                gs.add(new Snapshot.GoroutineState(g.goid, status,
                        g.status == GStatus.WAITING ? g.waitreason : "", frames));
            }
        }
        w.drain();
        return new Snapshot(m.steps, m.lastGoid, m.lastLine, m.lastCol, m.eventLabel(),
                m.timers.elapsed(), Values.javaString(m.stdout.toString()), Values.javaString(m.stderr.toString()),
                gs, sched(), w.objects);
    }

    /** The Ps' run queues and the global queue, as goroutine ids. */
    private Map<String, Object> sched() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (m.sched == null) return out;
        out.put("gomaxprocs", (long) m.sched.ps.length);
        List<Object> procs = new ArrayList<>();
        for (io.gopherscope.rt.sched.Processor p : m.sched.ps) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", (long) p.id);
            pm.put("curg", p.curg == null ? null : p.curg.goid);
            pm.put("runnext", p.runnext == null ? null : p.runnext.goid);
            List<Object> q = new ArrayList<>();
            for (Goroutine g : p.runq) q.add(g.goid);
            pm.put("runq", q);
            procs.add(pm);
        }
        out.put("procs", procs);
        List<Object> gq = new ArrayList<>();
        for (Goroutine g : m.sched.globalq) gq.add(g.goid);
        out.put("runq", gq);
        return out;
    }

    /** The reachability walk: encodes values and collects heap objects by address. */
    private final class Walk implements HeapObject.ValueEncoder {
        final Map<String, Map<String, Object>> objects = new TreeMap<>();
        final IdentityHashMap<Object, String> seen = new IdentityHashMap<>();
        final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        int depth;

        void drain() {
            int guard = 0;
            while (!queue.isEmpty() && guard++ < 20_000) queue.poll().run();
        }

        @Override
        public Object ref(HeapObject obj) {
            String a = hex(obj.addr());
            if (seen.put(obj, a) == null) {
                queue.add(() -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("kind", obj.kind());
                    try {
                        obj.describe(out, this);
                    } catch (RuntimeException e) {
                        out.put("error", e.toString());
                    }
                    objects.put(a, out);
                });
            }
            return Map.of("ref", a);
        }

        @Override
        public Object encode(Object v, Type t) {
            if (depth > 40) return "…";
            depth++;
            try {
                return encode0(v, t);
            } finally {
                depth--;
            }
        }

        private Object encode0(Object v, Type t) {
            if (v == null) return null;
            if (v instanceof Long || v instanceof Boolean) return v;
            if (v instanceof Double d) return d;
            if (v instanceof String s) return Values.javaString(s);
            if (v instanceof Slice s) {
                s.array.place(m.heap);
                array(s.array);
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("ptr", hex(s.ptr()));
                h.put("len", (long) s.len);
                h.put("cap", (long) s.cap);
                return h;
            }
            if (v instanceof HeapObject ho) return ref(ho);
            if (v instanceof Pointer p) {
                return pointer(p, t instanceof Type.Pointer pt ? pt.elem() : null);
            }
            if (v instanceof GoStruct gs) {
                Type.Struct st = t != null && t.underlying() instanceof Type.Struct s ? s : null;
                Map<String, Object> fields = new LinkedHashMap<>();
                for (int i = 0; i < gs.f.length; i++) {
                    String name = st != null ? st.fields().get(i).name() : "f" + i;
                    fields.put(name, encode(gs.f[i], st != null ? st.fields().get(i).type() : null));
                }
                return fields;
            }
            if (v instanceof GoArray a) {
                List<Object> out = new ArrayList<>();
                for (Object e : a.elems) out.add(encode(e, a.elem));
                return out;
            }
            if (v instanceof Iface i) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("type", i.type().toString());
                out.put("value", encode(i.value(), i.type()));
                return out;
            }
            if (v instanceof Closure c) {
                return Map.of("func", c.code.name);
            }
            return v.toString();
        }

        private Object pointer(Pointer p, Type elem) {
            if (p instanceof Pointer.ToCell tc) {
                Cell cell = tc.cell;
                if (cell.addr == 0) cell.addr = m.heap.alloc(8);
                String a = hex(cell.addr);
                if (seen.put(cell, a) == null) {
                    queue.add(() -> {
                        Map<String, Object> out = new LinkedHashMap<>();
                        out.put("kind", cell.v instanceof GoStruct ? "struct" : "var");
                        if (elem != null) out.put("type", elem.toString());
                        out.put("value", encode(cell.v, elem));
                        objects.put(a, out);
                    });
                }
                return Map.of("ref", a);
            }
            if (p instanceof Pointer.ToElem te) {
                te.array.place(m.heap);
                array(te.array);
            }
            return Map.of("ref", hex(p.addr()));
        }

        private void array(GoArray a) {
            String addr = hex(a.addr);
            if (seen.put(a, addr) == null) {
                queue.add(() -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("kind", "array");
                    out.put("elemtype", a.elem == null ? "?" : a.elem.toString());
                    out.put("elemsize", (long) a.elemSize);
                    out.put("len", (long) a.elems.length);
                    List<Object> elems = new ArrayList<>();
                    int n = Math.min(a.elems.length, 4096);
                    for (int i = 0; i < n; i++) elems.add(encode(a.elems[i], a.elem));
                    out.put("elems", elems);
                    objects.put(addr, out);
                });
            }
        }
    }

    /**
     * Where a frame's hidden variables live: Go keeps a range loop's map iterator in the frame of
     * the function, so it gets a stack address, a pure function of (goroutine, frame depth, slot)
     * that stays the same for as long as the loop runs and never meets a heap address (the heap
     * budget ends far below). Deep recursion (depth 1024 or more) may share addresses.
     */
    static long stackAddr(long goid, int depth, int slot) {
        return STACK_BASE + (goid << 24) + ((long) (depth & 0x3ff) << 14) + ((long) slot << 6);
    }

    static final long STACK_BASE = 0xc100000000L;

    /** A map iterator in a frame, drawn as a snapshot object of kind {@code hiter} or {@code swissiter}. */
    private record StackObject(long addr, GoMap.MapIter it) implements HeapObject {
        @Override
        public String kind() {
            return it.kind();
        }

        @Override
        public void describe(Map<String, Object> out, ValueEncoder enc) {
            it.describe(out, enc);
        }
    }

    static String hex(long a) {
        return "0x" + Long.toHexString(a);
    }
}
