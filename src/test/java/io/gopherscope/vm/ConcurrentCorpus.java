package io.gopherscope.vm;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The concurrent programs of the conformance corpus ({@code 01}–{@code 22}, {@code 42}, {@code 43},
 * {@code 47}, {@code 48}; issue 4) with their real Go 1.19 results, and the comparison that
 * {@code ../shared/tools/conformance.py} applies: exact stdout and exit status, stderr reduced to
 * its first line plus the {@code goroutine N [reason]:} headers, goroutine ids other than 1
 * masked when GOMAXPROCS is not 1.
 */
public final class ConcurrentCorpus {
    private ConcurrentCorpus() {
    }

    /** One program and what real Go printed for it (GOMAXPROCS=1). */
    public record Program(String name, String source, String out, String err, int exit) {
        public RunConfig config(long seed, int maxProcs) {
            return RunConfig.of("./" + name, source).withGo("1.19").withSeed(seed).withMaxProcs(maxProcs)
                    .withMaxSteps(50_000_000L).withWallMillis(20_000);
        }
    }

    public static final List<String> NAMES = List.of(
            "01_unbuffered_handoff", "02_buffered_fifo_wrap", "03_chan_len_cap", "04_close_range",
            "05_recv_closed", "06_send_closed_panic", "07_close_nil_panic", "08_close_closed_panic",
            "09_deadlock_main", "10_deadlock_goroutines", "11_deadlock_sync", "12_deadlock_after_sleep",
            "13_nil_chan_select", "14_select_default", "15_pipeline", "16_fanin_fanout", "17_worker_pool",
            "18_prime_sieve", "19_ping_pong", "20_mutex_counter", "21_sleep_ordering", "22_main_exits_early",
            "42_panic_custom_error", "43_numgoroutine", "47_directional_channels", "48_select_timeout");

    public static List<Program> programs() {
        List<Program> out = new ArrayList<>();
        for (String n : NAMES) {
            out.add(new Program(n + ".go", resource(n + ".go"), resource(n + ".out"), resource(n + ".err"),
                    Integer.parseInt(resource(n + ".exit").trim())));
        }
        return out;
    }

    static String resource(String name) {
        try (InputStream in = ConcurrentCorpus.class.getResourceAsStream("/conformance/" + name)) {
            if (in == null) throw new IllegalStateException("missing conformance file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunResult run(RunConfig cfg) {
        Session s = Engine.open(cfg);
        return s.done() ? s.result() : s.run(null);
    }

    private static final Pattern HEADER = Pattern.compile("^goroutine [0-9]+ \\[.*\\]:$");
    private static final Pattern OTHER_GOID = Pattern.compile("(?m)^goroutine (?!1 )\\d+ ");

    /** The corpus's reduction: the first line plus every {@code goroutine N [reason]:} header. */
    public static String reduce(String stderr) {
        if (stderr == null || stderr.isEmpty()) return "";
        String[] lines = stderr.split("\n");
        StringBuilder sb = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            if (HEADER.matcher(lines[i]).matches()) sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    /** Replaces every goroutine id but 1 in header lines by N (conformance.py's mask). */
    public static String maskGoids(String reduced) {
        return OTHER_GOID.matcher(reduced).replaceAll("goroutine N ");
    }

    /** Null when the run matches the stored result, else the first difference. */
    public static String compare(Program p, RunResult r, boolean maskIds) {
        if (!p.out().equals(r.stdout())) {
            return "stdout differs\n--- want\n" + p.out() + "--- got\n" + r.stdout() + "--- stderr\n" + r.stderr();
        }
        String want = p.err();
        String got = reduce(r.stderr());
        if (maskIds) {
            want = maskGoids(want);
            got = maskGoids(got);
        }
        if (!want.equals(got)) {
            return "reduced stderr differs\n--- want\n" + want + "--- got\n" + got + "--- full stderr\n" + r.stderr();
        }
        if (p.exit() != r.exitCode()) {
            return "exit status " + r.exitCode() + ", want " + p.exit() + " (limit " + r.limit() + ")";
        }
        return null;
    }
}
