package io.gopherscope;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runtime panics and fatal errors as real Go 1.19 prints them, and whole programs (the standard
 * library surface, sync.Cond, typed atomics, formatting, maps, slices) as real Go 1.19 runs them.
 * Every {@code testdata/panic/NAME.go} and {@code testdata/programs/NAME.go}
 * has beside it what go1.19.8 (linux/amd64, {@code GOMAXPROCS=1}) produced: {@code NAME.out}
 * (stdout), {@code NAME.err} (stderr reduced as the conformance corpus reduces it: the first line
 * and every {@code goroutine N [...]:} header), {@code NAME.exit}, and optionally
 * {@code NAME.errlines}, regexps that must each match a line of the full stderr (the
 * {@code [signal SIGSEGV ...]} line, the {@code \tpanic:} line of a nested panic).
 *
 * <p>Heap addresses ({@code panic: (main.T) 0xc000016090}) differ from run to run in Go too, so
 * they are compared as {@code 0xc000000000}.
 */
class PanicGoldenTest {

    private static final Pattern ADDRESS = Pattern.compile("0xc[0-9a-f]+");

    @TestFactory
    Stream<DynamicTest> panics() throws IOException, URISyntaxException {
        return corpus("/testdata/panic", 20);
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException, URISyntaxException {
        return corpus("/testdata/programs", 20);
    }

    private static Stream<DynamicTest> corpus(String resource, int atLeast) throws IOException, URISyntaxException {
        Path dir = Path.of(PanicGoldenTest.class.getResource(resource).toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(files.size() >= atLeast, "expected at least " + atLeast + " programs in " + resource + ", found " + files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String name = program.getFileName().toString();
        String stem = name.substring(0, name.length() - 3);
        Path dir = program.getParent();
        RunConfig cfg = RunConfig.of(name, read(program)).withGo("1.19").withMaxProcs(1).withSeed(1)
                .withMaxSteps(5_000_000).withWallMillis(20_000);
        Session s = Engine.open(cfg);
        assertTrue(s.diagnostics().isEmpty(), name + " does not compile: " + s.diagnostics());
        RunResult r = s.run(null);
        assertEquals(read(dir.resolve(stem + ".out")), r.stdout(), name + ": stdout");
        assertEquals(read(dir.resolve(stem + ".err")), mask(ConformanceTest.reduce(r.stderr())),
                name + ": reduced stderr; full stderr was:\n" + r.stderr());
        assertEquals(Integer.parseInt(read(dir.resolve(stem + ".exit")).trim()), r.exitCode(), name + ": exit status");
        Path lines = dir.resolve(stem + ".errlines");
        if (Files.exists(lines)) {
            for (String rx : Files.readAllLines(lines)) {
                if (rx.isBlank()) continue;
                Pattern p = Pattern.compile(rx);
                assertTrue(r.stderr().lines().anyMatch(l -> p.matcher(l).find()),
                        name + ": no stderr line matches " + rx + "; stderr was:\n" + r.stderr());
            }
        }
    }

    private static String mask(String s) {
        return ADDRESS.matcher(s).replaceAll("0xc000000000");
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
