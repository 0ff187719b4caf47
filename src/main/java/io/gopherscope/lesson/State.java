package io.gopherscope.lesson;

import io.gopherscope.engine.RunResult;
import io.gopherscope.trace.Snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only model a check expression sees: one snapshot of a run, and, at the end, the run's
 * outcome. Documented for lesson authors in {@code docs/lessons.md}; every public method here is
 * part of the check language.
 *
 * <p>Properties: {@code step goid line col event clock stdout stderr goroutines objects lines},
 * and at the end {@code exit panic fatal deadlock ended limit}. Functions: {@code local},
 * {@code chan}, {@code hmap}, {@code map}, {@code buckets}, {@code chain}, {@code overflowCount},
 * {@code tables}, {@code groups}, {@code slice}, {@code sameArray}, {@code g}, {@code waiting},
 * {@code deref}.
 */
public final class State {
    private final Snapshot snap;
    private final RunResult result;
    private List<Map<String, Object>> goroutines;

    /** A state along the run ({@code result} null) or at its end ({@code result} set). */
    State(Snapshot snap, RunResult result) {
        this.snap = snap;
        this.result = result;
    }

    // ---- properties of the snapshot

    public long getStep() {
        return snap.step();
    }

    public long getGoid() {
        return snap.goid();
    }

    public int getLine() {
        return snap.line();
    }

    public int getCol() {
        return snap.col();
    }

    public String getEvent() {
        return snap.event();
    }

    public long getClock() {
        return snap.clock();
    }

    /** Everything written to stdout so far (at the end: the whole output). */
    public String getStdout() {
        return result != null ? result.stdout() : snap.stdout();
    }

    public String getStderr() {
        return result != null ? result.stderr() : snap.stderr();
    }

    /** stdout split into lines, without the final empty one. */
    public List<String> getLines() {
        String out = getStdout();
        if (out.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return Collections.unmodifiableList(lines);
    }

    /**
     * Every goroutine as a map: {@code goid status waitreason function line frames locals}, where
     * {@code function}, {@code line} and {@code locals} are those of the innermost frame.
     */
    public List<Map<String, Object>> getGoroutines() {
        if (goroutines == null) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Snapshot.GoroutineState g : snap.goroutines()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("goid", g.goid());
                m.put("status", g.status());
                m.put("waitreason", g.waitreason());
                Snapshot.FrameState top = g.frames().isEmpty() ? null : g.frames().get(0);
                m.put("function", top == null ? "" : top.function());
                m.put("line", top == null ? 0 : top.line());
                m.put("locals", top == null ? Map.of() : Collections.unmodifiableMap(top.locals()));
                List<Object> frames = new ArrayList<>();
                for (Snapshot.FrameState f : g.frames()) {
                    Map<String, Object> fm = new LinkedHashMap<>();
                    fm.put("function", f.function());
                    fm.put("line", f.line());
                    fm.put("locals", Collections.unmodifiableMap(f.locals()));
                    frames.add(Collections.unmodifiableMap(fm));
                }
                m.put("frames", Collections.unmodifiableList(frames));
                out.add(Collections.unmodifiableMap(m));
            }
            goroutines = Collections.unmodifiableList(out);
        }
        return goroutines;
    }

    /** Heap objects by address. */
    public Map<String, Map<String, Object>> getObjects() {
        return Collections.unmodifiableMap(snap.objects());
    }

    // ---- the run's outcome (null / false before the end)

    /** True only in the state a check sees at the end. */
    public boolean isEnded() {
        return result != null;
    }

    /** The exit status (0, 1 compile error, 2 panic or fatal error, n for os.Exit(n)); null before the end. */
    public Integer getExit() {
        return result == null ? null : result.exitCode();
    }

    /** The panic message ({@code send on closed channel}), or null if the program did not panic. */
    public String getPanic() {
        return stderrLine("panic: ");
    }

    /** The fatal error ({@code all goroutines are asleep - deadlock!}), or null. */
    public String getFatal() {
        return stderrLine("fatal error: ");
    }

    /** True when the program ended in Go's deadlock report. */
    public boolean isDeadlock() {
        String f = getFatal();
        return f != null && f.endsWith("deadlock!");
    }

    /** The budget that stopped the run ({@code steps}, {@code wall time}), or null. */
    public String getLimit() {
        return result == null ? null : result.limit();
    }

    private String stderrLine(String prefix) {
        if (result == null) {
            return null;
        }
        for (String line : result.stderr().split("\n")) {
            if (line.startsWith(prefix)) {
                String msg = line.substring(prefix.length());
                return msg.endsWith(" [recovered]") ? msg.substring(0, msg.length() - 12) : msg;
            }
        }
        return null;
    }

    // ---- functions

    /** The value of main's local {@code name} (innermost frame of goroutine 1 that has it), or null. */
    public Object local(String name) {
        for (Snapshot.GoroutineState g : snap.goroutines()) {
            if (g.goid() == 1) {
                for (Snapshot.FrameState f : g.frames()) {
                    if (f.locals().containsKey(name)) {
                        return f.locals().get(name);
                    }
                }
            }
        }
        return null;
    }

    /** The value of local {@code name} in the innermost frame of {@code function} in any goroutine. */
    public Object local(String function, String name) {
        for (Snapshot.GoroutineState g : snap.goroutines()) {
            for (Snapshot.FrameState f : g.frames()) {
                if (f.function().equals(function) && f.locals().containsKey(name)) {
                    return f.locals().get(name);
                }
            }
        }
        return null;
    }

    /** The object a reference (or an address) points to, or null. */
    public Map<String, Object> deref(Object value) {
        String addr = Values.refOf(value);
        return addr == null ? null : getObjects().get(addr);
    }

    /** The {@code hchan} main's local {@code name} refers to; null for a nil or undeclared channel. */
    public Map<String, Object> chan(String name) {
        return object(name, "hchan", "a channel");
    }

    /** The classic {@code hmap} main's local {@code name} refers to; null for a nil map. */
    public Map<String, Object> hmap(String name) {
        return object(name, "hmap", "a classic map (hmap; Go 1.24+ maps are swissmap, use map(..))");
    }

    /** The map header ({@code hmap} up to Go 1.23, {@code swissmap} from 1.24) of local {@code name}. */
    public Map<String, Object> map(String name) {
        Map<String, Object> o = deref(local(name));
        if (o != null && !"hmap".equals(o.get("kind")) && !"swissmap".equals(o.get("kind"))) {
            throw new IllegalArgumentException("local '" + name + "' is not a map");
        }
        return o;
    }

    /** The buckets ({@code bmap} objects) of map {@code name}'s current bucket array, overflow excluded. */
    public List<Map<String, Object>> buckets(String name) {
        return bucketArray(name, "buckets");
    }

    /** The buckets of the old array while the map grows; empty otherwise. */
    public List<Map<String, Object>> oldbuckets(String name) {
        return bucketArray(name, "oldbuckets");
    }

    /** Bucket {@code i} of map {@code name} followed by its overflow buckets. */
    public List<Map<String, Object>> chain(String name, int i) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, Object>> bs = buckets(name);
        Map<String, Object> b = i < bs.size() ? bs.get(i) : null;
        while (b != null && out.size() < 1_000) {
            out.add(b);
            b = deref(b.get("overflow"));
        }
        return out;
    }

    /** The number of overflow buckets hanging off map {@code name}'s current buckets. */
    public int overflowCount(String name) {
        int n = 0;
        for (int i = 0; i < buckets(name).size(); i++) {
            n += chain(name, i).size() - 1;
        }
        return n;
    }

    private List<Map<String, Object>> bucketArray(String name, String field) {
        Map<String, Object> h = hmap(name);
        List<Map<String, Object>> out = new ArrayList<>();
        if (h != null && h.get(field) instanceof List<?> refs) {
            for (Object r : refs) {
                out.add(deref(r));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The tables of Swiss map {@code name} (Go 1.24+), each once, in directory order; empty for a
     * small map (a single group, no table) and for a classic map.
     */
    public List<Map<String, Object>> tables(String name) {
        Map<String, Object> sm = map(name);
        List<Map<String, Object>> out = new ArrayList<>();
        if (sm == null || !"swissmap".equals(sm.get("kind"))) {
            return out;
        }
        Map<String, Object> dir = deref(sm.get("dirPtr"));
        if (dir != null && "directory".equals(dir.get("kind")) && dir.get("tables") instanceof List<?> refs) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Object r : refs) {
                String addr = Values.refOf(r);
                if (addr != null && seen.add(addr) && getObjects().get(addr) != null) {
                    out.add(getObjects().get(addr));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Every group of Swiss map {@code name}: the small map's single group, or all groups of all tables. */
    public List<Map<String, Object>> groups(String name) {
        Map<String, Object> sm = map(name);
        List<Map<String, Object>> out = new ArrayList<>();
        if (sm == null || !"swissmap".equals(sm.get("kind"))) {
            return out;
        }
        Map<String, Object> first = deref(sm.get("dirPtr"));
        if (first != null && "group".equals(first.get("kind"))) {
            out.add(first);
        }
        for (Map<String, Object> t : tables(name)) {
            if (t.get("groups") instanceof List<?> refs) {
                for (Object r : refs) {
                    Map<String, Object> g = deref(r);
                    if (g != null) {
                        out.add(g);
                    }
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Main's local slice {@code name}, resolved to its backing array; null for a nil slice. */
    public SliceView slice(String name) {
        return sliceOf(local(name), name);
    }

    /** True when main's slices {@code a} and {@code b} share a backing array. */
    public boolean sameArray(String a, String b) {
        SliceView x = slice(a);
        return x != null && x.shares(slice(b));
    }

    /** The goroutine with this id (a map as in {@link #getGoroutines()}), or null. */
    public Map<String, Object> g(long goid) {
        for (Map<String, Object> g : getGoroutines()) {
            if (((Number) g.get("goid")).longValue() == goid) {
                return g;
            }
        }
        return null;
    }

    /** How many goroutines are waiting with this wait reason ({@code 'chan send'}). */
    public int waiting(String waitreason) {
        int n = 0;
        for (Snapshot.GoroutineState g : snap.goroutines()) {
            if ("waiting".equals(g.status()) && waitreason.equals(g.waitreason())) {
                n++;
            }
        }
        return n;
    }

    private Map<String, Object> object(String name, String kind, String what) {
        Object v = local(name);
        Map<String, Object> o = deref(v);
        if (o != null && !kind.equals(o.get("kind"))) {
            throw new IllegalArgumentException("local '" + name + "' is not " + what + " (it is " + o.get("kind") + ")");
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private SliceView sliceOf(Object v, String name) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m) || !(m.get("ptr") instanceof String ptr) || !(m.get("len") instanceof Number len)
                || !(m.get("cap") instanceof Number cap)) {
            throw new IllegalArgumentException("local '" + name + "' is not a slice");
        }
        long p = Values.address(ptr);
        String best = null;
        long bestBase = Long.MIN_VALUE;
        for (Map.Entry<String, Map<String, Object>> e : snap.objects().entrySet()) {
            if (!"array".equals(e.getValue().get("kind"))) {
                continue;
            }
            long base = Values.address(e.getKey());
            if (Long.compareUnsigned(base, p) <= 0 && (best == null || Long.compareUnsigned(base, bestBase) > 0)) {
                best = e.getKey();
                bestBase = base;
            }
        }
        if (best == null) {
            return new SliceView(ptr, len.longValue(), cap.longValue(), null, 0, null, List.of(), List.of());
        }
        Map<String, Object> arr = snap.objects().get(best);
        List<Object> elems = arr.get("elems") instanceof List<?> l ? (List<Object>) l : List.of();
        String elemtype = String.valueOf(arr.get("elemtype"));
        long size = Values.sizeOf(elemtype);
        long offset;
        if (p == bestBase) {
            offset = 0;
        } else if (size > 0) {
            offset = (p - bestBase) / size;
        } else {
            offset = elems.size() - cap.longValue(); // unknown element size: assume the window runs to the array's end
        }
        if (offset < 0 || offset > elems.size()) {
            return new SliceView(ptr, len.longValue(), cap.longValue(), null, 0, null, List.of(), List.of());
        }
        int from = (int) offset;
        int to = (int) Math.min(elems.size(), offset + len.longValue());
        return new SliceView(ptr, len.longValue(), cap.longValue(), best, offset, elemtype,
                Collections.unmodifiableList(elems.subList(from, to)), Collections.unmodifiableList(elems));
    }
}
