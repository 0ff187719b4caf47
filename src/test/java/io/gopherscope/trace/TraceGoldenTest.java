package io.gopherscope.trace;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.Session;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Trace goldens (STYLE guideline 8c): every {@code testdata/trace/NAME.go} is traced as
 * {@code gopherscope trace} prints it (one {@link Json} line per snapshot, step 0 first) and
 * compared byte for byte with {@code NAME.trace.jsonl}. The run's inputs come from the program's
 * leading comment lines: {@code // seed: N}, {@code // go: 1.19}, {@code // maxprocs: N}
 * (defaults 1, 1.19, 1).
 *
 * <p>A change of the snapshot format or of the engine's behaviour shows up here as a reviewable
 * diff. Regenerate deliberately with
 * {@code ./mvnw test -Dtest=TraceGoldenTest -Dgolden.update=true}, which rewrites the goldens in
 * {@code src/test/resources/testdata/trace}.
 */
class TraceGoldenTest {

    private static final Path SOURCE_DIR = Path.of("src/test/resources/testdata/trace");
    private static final Pattern HEADER = Pattern.compile("^// (seed|go|maxprocs): (\\S+)$");
    private static final int MAX_LINES = 200;

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException, URISyntaxException {
        Path dir = Path.of(TraceGoldenTest.class.getResource("/testdata/trace").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(programs.size() >= 4, "trace goldens present");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String name = program.getFileName().toString();
        String src = Files.readString(program, StandardCharsets.UTF_8);
        String got = trace(name, src);
        String golden = name.replace(".go", ".trace.jsonl");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(SOURCE_DIR.resolve(golden), got, StandardCharsets.UTF_8);
            System.out.println("golden: wrote " + SOURCE_DIR.resolve(golden));
            return;
        }
        Path want = program.resolveSibling(golden);
        if (!Files.exists(want)) fail("no golden " + golden + " (create it with -Dgolden.update=true)");
        String expected = Files.readString(want, StandardCharsets.UTF_8);
        if (!expected.equals(got)) fail(firstDifference(golden, expected, got));
        assertTrue(got.split("\n").length <= MAX_LINES, "keep goldens small: at most " + MAX_LINES + " steps");
    }

    static String trace(String name, String src) {
        long seed = 1;
        String go = "1.19";
        int procs = 1;
        for (String line : src.split("\n")) {
            Matcher m = HEADER.matcher(line.strip());
            if (!line.startsWith("//")) break;
            if (!m.matches()) continue;
            switch (m.group(1)) {
                case "seed" -> seed = Long.parseLong(m.group(2));
                case "go" -> go = m.group(2);
                default -> procs = Integer.parseInt(m.group(2));
            }
        }
        RunConfig cfg = RunConfig.of(name, src).withGo(go).withSeed(seed).withMaxProcs(procs).withMaxSteps(10_000);
        Session s = Engine.open(cfg);
        StringBuilder sb = new StringBuilder();
        Json.write(sb, s.snapshot());
        sb.append('\n');
        while (!s.done()) {
            Json.write(sb, s.step());
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String firstDifference(String golden, String want, String got) {
        String[] w = want.split("\n", -1);
        String[] g = got.split("\n", -1);
        for (int i = 0; i < Math.min(w.length, g.length); i++) {
            if (!w[i].equals(g[i])) {
                int c = 0;
                while (c < Math.min(w[i].length(), g[i].length()) && w[i].charAt(c) == g[i].charAt(c)) c++;
                int from = Math.max(0, c - 80);
                return golden + ": line " + (i + 1) + " (step " + i + ") differs at column " + (c + 1)
                        + "\n--- want ..." + w[i].substring(from, Math.min(w[i].length(), c + 120))
                        + "\n--- got  ..." + g[i].substring(from, Math.min(g[i].length(), c + 120))
                        + "\n(if the change is intended, regenerate with -Dgolden.update=true and review the diff)";
            }
        }
        return golden + ": " + w.length + " lines expected, " + g.length + " produced";
    }
}
