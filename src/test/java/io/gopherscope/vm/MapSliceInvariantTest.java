package io.gopherscope.vm;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.Session;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.classic.HMap;
import io.gopherscope.rt.maps.swiss.SwissMap;
import io.gopherscope.rt.slices.Slice;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the map and slice conformance programs (23–37) step by step and, after every step, checks
 * the invariants of every map and slice reachable from the goroutines' frames: each map's own
 * {@code checkInvariants()} (count equals the live entries, tophash agrees with the keys, every
 * key findable during growth, nevacuate monotonic; Swiss tables' control bytes and growthLeft),
 * and for slices {@code 0 <= len <= cap} within their backing array.
 */
class MapSliceInvariantTest {

    @TestFactory
    Stream<DynamicTest> everyStepOfTheMapAndSlicePrograms() throws IOException {
        Path dir = Path.of("src/test/resources/conformance");
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.getFileName().toString().matches("(2[3-9]|3[0-7])_.*\\.go")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : programs) {
            for (String go : List.of("1.19", "1.24")) {
                for (long seed = 1; seed <= 1; seed++) {
                    long sd = seed;
                    tests.add(DynamicTest.dynamicTest(p.getFileName() + " go" + go + " seed " + seed, () -> check(p, go, sd)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path program, String go, long seed) {
        String src;
        try {
            src = Files.readString(program);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Session s = Engine.open(RunConfig.of(program.getFileName().toString(), src).withGo(go).withSeed(seed));
        Machine m = MachineInvariants.machine(s);
        int maps = 0;
        while (!s.done()) {
            s.step();
            try {
                maps = Math.max(maps, walk(m));
            } catch (RuntimeException | AssertionError e) {
                fail("after step " + s.steps() + " (line " + m.lastLine + "): " + e.getMessage(), e);
            }
        }
        if (program.getFileName().toString().startsWith("23_")) assertTrue(maps > 0, "the walk found the program's maps");
    }

    private static void add(ArrayDeque<Object> todo, Object... xs) {
        for (Object x : xs) if (x != null) todo.add(x);
    }

    /** Checks every map and slice reachable from the frames; returns how many maps it saw. */
    private static int walk(Machine m) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> todo = new ArrayDeque<>();
        if (m.sched == null) return 0;
        for (Goroutine g : m.sched.allgs) {
            for (Frame f = (Frame) g.stack; f != null; f = f.caller) {
                add(todo, f.s);
            }
        }
        int maps = 0;
        while (!todo.isEmpty()) {
            Object o = todo.poll();
            if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || !seen.add(o)) continue;
            switch (o) {
                case HMap h -> {
                    h.checkInvariants();
                    maps++;
                }
                case SwissMap sm -> {
                    sm.checkInvariants();
                    maps++;
                }
                case Slice sl -> {
                    if (sl.len < 0 || sl.len > sl.cap || sl.off + sl.cap > sl.array.length()) {
                        fail("slice header out of its array: off " + sl.off + " len " + sl.len + " cap " + sl.cap
                                + " array " + sl.array.length());
                    }
                    todo.add(sl.array);
                }
                case GoArray a -> {
                    // arrays of basic values hold nothing to check
                    if (!(a.elem != null && a.elem.underlying() instanceof io.gopherscope.lang.types.Basic)) add(todo, a.elems);
                }
                case GoStruct st -> add(todo, st.f);
                case Cell c -> add(todo, c.v);
                case Iface i -> add(todo, i.value());
                case Pointer.ToCell p -> todo.add(p.cell);
                case Pointer.ToElem p -> todo.add(p.array);
                case Pointer.ToField p -> todo.add(p.base);
                case Closure c -> {
                    if (c.captured != null) add(todo, c.captured);
                }
                default -> {
                }
            }
        }
        return maps;
    }
}
