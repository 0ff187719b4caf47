package io.gopherscope;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every program of the conformance corpus (real Go 1.19 results, see
 * {@code src/test/resources/conformance/README.md}) and compares stdout, reduced stderr and exit
 * status exactly.
 *
 * <p>Ratchet: {@code passing.txt} lists the programs that pass. A listed program that fails breaks
 * the build; an unlisted one is run and reported (as an aborted test with its first difference)
 * but does not. After making programs pass, record them with
 * {@code ./mvnw test -Dtest=ConformanceTest -Dconformance.update=true}, which rewrites the list
 * with exactly the programs that pass now.
 */
class ConformanceTest {

    private static final String GO_VERSION = "1.19";
    private static final long MAX_STEPS = 50_000_000L;
    private static final long WALL_MILLIS = 20_000;
    /** A second guard in case the engine overlooks its own wall budget. */
    private static final long HARD_TIMEOUT_MILLIS = WALL_MILLIS + 10_000;
    private static final Path CHECKED_IN_LIST = Path.of("src/test/resources/conformance/passing.txt");
    private static final Pattern GOROUTINE_HEADER = Pattern.compile("^goroutine [0-9]+ \\[.*\\]:$");

    /** Program name to "passed" (true) or not; filled as the dynamic tests run. */
    private static final Map<String, Boolean> OUTCOMES = new TreeMap<>();
    private static final ExecutorService RUNNER = Executors.newVirtualThreadPerTaskExecutor();

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceTest.class.getResource("/conformance/README.md").toURI()).getParent();
        Set<String> listed = readList(dir.resolve("passing.txt"));
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.getFileName().toString().matches("\\d\\d_.*\\.go")).sorted().toList();
        }
        return programs.stream().map(p -> {
            String name = p.getFileName().toString();
            return DynamicTest.dynamicTest(name, p.toUri(), () -> check(p, listed.contains(name)));
        });
    }

    private static void check(Path program, boolean listed) throws IOException {
        String name = program.getFileName().toString();
        String stem = name.substring(0, name.length() - ".go".length());
        Path dir = program.getParent();
        String expectedOut = read(dir.resolve(stem + ".out"));
        String expectedErr = read(dir.resolve(stem + ".err"));
        int expectedExit = Integer.parseInt(read(dir.resolve(stem + ".exit")).trim());

        String difference;
        try {
            RunResult r = run(name, read(program));
            difference = compare(expectedOut, expectedErr, expectedExit, r);
        } catch (Throwable e) {
            difference = "the engine failed: " + e;
        }
        synchronized (OUTCOMES) {
            OUTCOMES.put(name, difference == null);
        }
        if (difference == null) {
            if (!listed) {
                System.out.println("conformance: " + name + " passes but is not in passing.txt"
                        + " (record it with -Dconformance.update=true)");
            }
            return;
        }
        if (listed) {
            fail(name + " is in passing.txt but no longer passes: " + difference);
        }
        Assumptions.abort("not passing yet: " + difference);
    }

    private static RunResult run(String name, String source) throws Exception {
        RunConfig cfg = RunConfig.of("./" + name, source)
                .withGo(GO_VERSION).withMaxProcs(1).withSeed(1)
                .withMaxSteps(MAX_STEPS).withWallMillis(WALL_MILLIS);
        Future<RunResult> f = RUNNER.submit(() -> {
            Session s = Engine.open(cfg);
            return s.done() ? s.result() : s.run(null);
        });
        try {
            return f.get(HARD_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IllegalStateException("no result after " + HARD_TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        }
    }

    /** Returns null when the run matches, else a description of the first difference. */
    static String compare(String out, String err, int exit, RunResult r) {
        if (!out.equals(r.stdout())) {
            return "stdout differs at byte " + firstDifference(out, r.stdout())
                    + "\n--- want\n" + out + "\n--- got\n" + r.stdout();
        }
        String reduced = reduce(r.stderr());
        if (!err.equals(reduced)) {
            return "reduced stderr differs\n--- want\n" + err + "--- got\n" + reduced
                    + "--- full stderr\n" + r.stderr();
        }
        if (exit != r.exitCode()) {
            return "exit status " + r.exitCode() + ", want " + exit
                    + (r.limit() != null ? " (stopped by the " + r.limit() + " limit)" : "");
        }
        return null;
    }

    /** The corpus's reduction: the first line plus every {@code goroutine N [reason]:} header. */
    static String reduce(String stderr) {
        if (stderr == null || stderr.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>(List.of(stderr.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            if (GOROUTINE_HEADER.matcher(line).matches()) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    @AfterAll
    static void summary() throws IOException {
        long passed;
        List<String> passing;
        synchronized (OUTCOMES) {
            passing = OUTCOMES.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
            passed = passing.size();
        }
        System.out.println("conformance: " + passed + " passed, " + (OUTCOMES.size() - passed) + " failed");
        if (Boolean.getBoolean("conformance.update")) {
            Files.writeString(CHECKED_IN_LIST, passing.isEmpty() ? "" : String.join("\n", passing) + "\n");
            System.out.println("conformance: wrote " + passed + " names to " + CHECKED_IN_LIST);
        }
        RUNNER.shutdownNow();
    }

    private static Set<String> readList(Path list) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s);
                }
            }
        }
        return names;
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
