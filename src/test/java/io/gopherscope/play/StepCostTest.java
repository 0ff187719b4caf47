package io.gopherscope.play;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.Session;
import io.gopherscope.trace.Json;
import io.gopherscope.trace.Snapshot;
import io.gopherscope.trace.SnapshotMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one step costs the server, measured the way {@link Simulation#advance} spends it: the
 * engine's step, the snapshot as maps, the delta from the step before, and its JSON. Also the
 * size of each delta on the wire. The numbers in docs/performance-web.md come from
 * {@code -Dgopherscope.perf=true -Dtest=StepCostTest}; without the property only a quick check
 * runs (a few warm-up-free repetitions would measure nothing useful).
 */
class StepCostTest {

    record Cost(String program, int steps, double medianMicros, double p99Micros, double maxMicros,
                long medianBytes, long p99Bytes, long maxBytes, long totalBytes, long fullBytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d steps; server time per step median %.0f µs, p99 %.0f µs, max %.0f µs;"
                            + " delta median %d B, p99 %d B, max %d B, all deltas %d kB (full snapshots would be %d kB)",
                    program, steps, medianMicros, p99Micros, maxMicros, medianBytes, p99Bytes, maxBytes, totalBytes / 1024, fullBytes / 1024);
        }
    }

    static String program(String name) throws IOException {
        try (InputStream in = StepCostTest.class.getResourceAsStream("/perf/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Cost measure(String name) throws IOException {
        RunConfig cfg = RunConfig.of("prog.go", program(name)).withMaxSteps(100_000);
        Session s = Engine.open(cfg);
        Map<String, Object> current = SnapshotMaps.toMap(s.snapshot());
        List<Long> nanos = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        long full = 0;
        while (!s.done()) {
            long t0 = System.nanoTime();
            Snapshot snap = s.step();
            Map<String, Object> next = SnapshotMaps.toMap(snap);
            String json = Json.write(SnapshotDelta.between(current, next));
            nanos.add(System.nanoTime() - t0);
            bytes.add((long) json.getBytes(StandardCharsets.UTF_8).length);
            full += Json.write(SnapshotDelta.full(next)).length();
            current = next;
        }
        long[] t = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] b = bytes.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Cost(name, t.length, pct(t, 50) / 1e3, pct(t, 99) / 1e3, t[t.length - 1] / 1e3,
                pct(b, 50), pct(b, 99), b[b.length - 1], Arrays.stream(b).sum(), full);
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    @Test
    void bothProgramsRunAndTheirDeltasFitARunsHistoryBudget() throws IOException {
        for (String name : List.of("map1000.go", "goroutines100.go")) {
            Cost c = measure(name);
            assertThat(c.steps()).isGreaterThan(500);
            assertThat(c.totalBytes()).as("all deltas of %s fit the default 8 MiB history", name).isLessThan(8L << 20);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "gopherscope.perf", matches = "true")
    void report() throws IOException {
        for (int round = 0; round < 5; round++) { // warm up the JIT, then report the last round
            List<Cost> costs = List.of(measure("map1000.go"), measure("goroutines100.go"));
            if (round == 4) {
                costs.forEach(c -> System.out.println("perf: " + c));
            }
        }
    }
}
