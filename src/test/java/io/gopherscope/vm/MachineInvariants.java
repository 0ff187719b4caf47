package io.gopherscope.vm;

import io.gopherscope.engine.Session;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.GStatus;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.chan.HChan;
import io.gopherscope.rt.chan.Sudog;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.sched.Processor;
import io.gopherscope.rt.sched.Scheduler;
import io.gopherscope.rt.select.Select;
import io.gopherscope.rt.slices.Slice;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test harness's view of a running {@link Machine}: after a step it calls
 * {@link Scheduler#checkInvariants()} and {@link HChan#checkInvariants()} on every channel the
 * program can reach (from goroutine frames, parked sudogs, timers and package-level variables),
 * and cross-checks the links between them that neither structure can check alone:
 * <ul>
 *   <li>every sudog in a channel's queue belongs to that channel and is its goroutine's
 *       {@code g.waiting} (or one of the sudogs of its parked select);</li>
 *   <li>a goroutine parked in {@code chan send}/{@code chan receive}/{@code select} sits in the
 *       queue(s) of its channel(s);</li>
 *   <li>every live goroutine is running on exactly one P, queued exactly once, or waiting.</li>
 * </ul>
 * Test-only: it reaches the machine through {@code SessionImpl}'s private field and reads the
 * package-private state of {@link Machine}, so the engine needs no accessor.
 */
final class MachineInvariants {
    private final Machine m;
    /** Cells of package-level variables, found once in the compiled code. */
    private final List<Cell> globals;
    /** Every channel seen so far (channels stay checked after they become unreachable). */
    private final Set<HChan> channels = Collections.newSetFromMap(new IdentityHashMap<>());
    private long lastWalkAllocated = -1;

    /** False for programs that cannot create a channel (no chan type, no time package): no walk needed. */
    private final boolean mayHaveChannels;

    MachineInvariants(Session s) {
        this.m = machine(s);
        this.globals = m.sched == null ? List.of() : findGlobalCells(m);
        String src = s.config().source();
        this.mayHaveChannels = src.contains("chan") || src.contains("time");
    }

    /** The session's machine (the {@code SessionImpl} field of type {@link Machine}, whatever its name). */
    static Machine machine(Session s) {
        for (Field f : SessionImpl.class.getDeclaredFields()) {
            if (f.getType() != Machine.class) continue;
            try {
                f.setAccessible(true);
                return (Machine) f.get(s);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("SessionImpl holds no Machine");
    }

    /** Number of distinct channels checked so far. */
    int channelsSeen() {
        return channels.size();
    }

    /** Runs every check; throws (an engine {@code Throw} or an {@link AssertionError}) on the first violation. */
    void check() {
        Scheduler sched = m.sched;
        if (sched == null) return;
        sched.checkInvariants();
        discoverChannels();
        for (HChan c : channels) {
            c.checkInvariants();
            checkQueueLinks(c, c.recvq.list(), false);
            checkQueueLinks(c, c.sendq.list(), true);
        }
        checkGoroutines(sched);
    }

    private static void checkQueueLinks(HChan c, List<Sudog> q, boolean sendq) {
        for (Sudog sg : q) {
            if (sg.c != c) fail("sudog " + hex(sg.addr) + " of G" + sg.g.goid + " is queued on another channel's queue");
            if (sg.isSend != sendq) fail("sudog of G" + sg.g.goid + " in the wrong queue (isSend=" + sg.isSend + ")");
            Object w = sg.g.waiting;
            boolean linked = w == sg || (w instanceof Select.Parked p && List.of(p.sudogs()).contains(sg));
            if (!linked) fail("sudog of G" + sg.g.goid + " on " + hex(c.addr) + " is not its g.waiting");
            if (sg.isSelect != (w instanceof Select.Parked)) fail("sudog isSelect disagrees with g.waiting for G" + sg.g.goid);
        }
    }

    /**
     * {@link Scheduler#checkInvariants()} already ensures that queued goroutines are runnable and
     * queued once, and that each P's {@code curg} is running; counting closes the loop: every
     * runnable goroutine is queued and every running one is on a P (O(G), no allocation).
     */
    private void checkGoroutines(Scheduler sched) {
        int running = 0;
        int runnable = 0;
        for (Goroutine g : sched.allgs) {
            switch (g.status) {
                case RUNNING -> running++;
                case RUNNABLE -> runnable++;
                case WAITING -> checkParked(g);
                default -> fail(g + " in allgs with status " + g.status);
            }
        }
        int queued = sched.globalq.size();
        int onP = 0;
        for (Processor p : sched.ps) {
            queued += p.runq.size() + (p.runnext != null ? 1 : 0);
            if (p.curg != null) onP++;
        }
        if (runnable != queued) fail(runnable + " runnable goroutines but " + queued + " queued: " + sched.allgs);
        if (running != onP) fail(running + " running goroutines but " + onP + " Ps with a curg: " + sched.allgs);
        if (m.curG != null && m.curG.status != GStatus.RUNNING) fail("curG " + m.curG + " is not running");
    }

    /** A goroutine parked on a channel operation is in that channel's queue. */
    private static void checkParked(Goroutine g) {
        String why = g.waitreason;
        if (why.equals("chan send") || why.equals("chan receive")) {
            if (!(g.waiting instanceof Sudog sg)) {
                fail(g + " has no sudog in g.waiting");
                return;
            }
            List<Sudog> q = why.equals("chan send") ? sg.c.sendq.list() : sg.c.recvq.list();
            if (!q.contains(sg)) fail(g + " is not in the " + (sg.isSend ? "sendq" : "recvq") + " of " + hex(sg.c.addr));
        } else if (why.equals("select")) {
            if (!(g.waiting instanceof Select.Parked p)) {
                fail(g + " parked in select without its sudogs in g.waiting");
                return;
            }
            for (Sudog sg : p.sudogs()) {
                List<Sudog> q = sg.isSend ? sg.c.sendq.list() : sg.c.recvq.list();
                if (!q.contains(sg)) fail(g + ": select sudog for case " + sg.caseIndex + " missing from " + hex(sg.c.addr));
            }
        }
    }

    private static void fail(String msg) {
        throw new AssertionError(msg);
    }

    private static String hex(long a) {
        return "0x" + Long.toHexString(a);
    }

    // ---------------------------------------------------------------- reachability

    /**
     * Finds channels not seen before. A new channel means a heap allocation (makechan), so the
     * walk runs only when the heap grew since the last one; every known channel is checked after
     * every step regardless.
     */
    private void discoverChannels() {
        long allocated = m.heap.allocatedBytes();
        if (!mayHaveChannels || allocated == lastWalkAllocated) return;
        lastWalkAllocated = allocated;
        Walk w = new Walk();
        for (Goroutine g : m.sched.allgs) w.goroutine(g);
        for (Cell c : globals) w.push(c);
        w.push(m.timers);
        w.drain();
    }

    /** Values reachable from goroutines: frames, closures, cells, structs, arrays, channels, maps. */
    private final class Walk {
        final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        final ArrayDeque<Object> todo = new ArrayDeque<>();

        void goroutine(Goroutine g) {
            push(g.stack);
            push(g.waiting);
        }

        void push(Object o) {
            if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean) return;
            if (seen.add(o)) todo.add(o);
        }

        void drain() {
            while (!todo.isEmpty()) visit(todo.poll());
        }

        private void visit(Object o) {
            switch (o) {
                case Frame f -> {
                    for (Object v : f.s) push(v);
                    push(f.caller);
                    push(f.closure);
                }
                case Closure c -> {
                    if (c.captured != null) for (Object v : c.captured) push(v);
                    push(c.recv);
                }
                case Cell c -> push(c.v);
                case GoStruct s -> {
                    for (Object v : s.f) push(v);
                }
                case GoArray a -> {
                    for (Object v : a.elems) push(v);
                }
                case Slice s -> push(s.array);
                case Iface i -> push(i.value());
                case Pointer.ToCell p -> push(p.cell);
                case Pointer.ToField p -> push(p.base);
                case Pointer.ToElem p -> push(p.array);
                case HChan c -> {
                    channels.add(c);
                    for (Object v : c.buf) push(v);
                    for (Sudog sg : c.recvq.list()) push(sg);
                    for (Sudog sg : c.sendq.list()) push(sg);
                }
                case Sudog sg -> {
                    push(sg.c);
                    push(sg.elem);
                }
                case Goroutine g -> goroutine(g);
                case Object[] arr -> {
                    for (Object v : arr) push(v);
                }
                case Collection<?> col -> {
                    for (Object v : col) push(v);
                }
                case Map<?, ?> map -> {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        push(e.getKey());
                        push(e.getValue());
                    }
                }
                default -> reflect(o);
            }
        }

        /** Runtime structures this walk has no case for (map internals, timers, select records, lambdas). */
        private void reflect(Object o) {
            Class<?> k = o.getClass();
            if (!walkable(k)) return;
            for (Field f : fields(k)) {
                try {
                    push(f.get(o));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static boolean walkable(Class<?> k) {
        String n = k.getName();
        if (k.isArray()) return !k.getComponentType().isPrimitive();
        if (n.startsWith("io.gopherscope.lang.") || n.startsWith("io.gopherscope.compile.")) return false;
        if (k == Machine.class || k == Scheduler.class || k == Processor.class || k == FuncCode.class) return false;
        if (Instr.class.isAssignableFrom(k)) return false;
        return n.startsWith("io.gopherscope.rt.") || n.startsWith("io.gopherscope.vm.");
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private static List<Field> fields(Class<?> k) {
        return FIELDS.computeIfAbsent(k, c -> {
            List<Field> out = new ArrayList<>();
            for (Class<?> x = c; x != null && x != Object.class; x = x.getSuperclass()) {
                for (Field f : x.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                    try {
                        f.setAccessible(true);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    out.add(f);
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- package-level variables

    /**
     * Package-level variables are cells captured by the compiled code, not by any frame: scan
     * the code reachable from the first frames once (instructions, their lambdas, function
     * literals) and keep every {@link Cell} found there.
     */
    private static List<Cell> findGlobalCells(Machine m) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> todo = new ArrayDeque<>();
        List<Cell> cells = new ArrayList<>();
        for (Goroutine g : m.sched.allgs) {
            for (Frame f = (Frame) g.stack; f != null; f = f.caller) {
                todo.add(f.fn);
                if (f.closure != null) todo.add(f.closure);
            }
        }
        while (!todo.isEmpty()) {
            Object o = todo.poll();
            if (o == null || !seen.add(o)) continue;
            if (o instanceof Cell c) {
                cells.add(c);
                if (c.v != null) todo.add(c.v);
                continue;
            }
            Class<?> k = o.getClass();
            if (k.isArray()) {
                if (!k.getComponentType().isPrimitive()) {
                    for (int i = 0, n = Array.getLength(o); i < n; i++) {
                        Object e = Array.get(o, i);
                        if (e != null) todo.add(e);
                    }
                }
                continue;
            }
            if (o instanceof Collection<?> col) {
                todo.addAll(col.stream().filter(x -> x != null).toList());
                continue;
            }
            String n = k.getName();
            boolean code = o instanceof FuncCode || o instanceof Instr || o instanceof Closure
                    || k.isHidden() || k.isSynthetic() || n.startsWith("io.gopherscope.vm.")
                    || n.startsWith("io.gopherscope.compile.");
            if (!code || k == Machine.class) continue;
            for (Field f : fields(k)) {
                try {
                    Object v = f.get(o);
                    if (v != null) todo.add(v);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return cells;
    }
}
