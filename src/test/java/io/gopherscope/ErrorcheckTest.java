package io.gopherscope;

import io.gopherscope.engine.Diagnostic;
import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compile-error goldens in the style of Go's {@code test/} directory ({@code test/run.go},
 * "errorcheck"): every file in {@code testdata/errorcheck} starts with {@code // errorcheck}, may
 * name a Go version on its second line ({@code // go 1.19}; default {@link RunConfig#DEFAULT_GO}),
 * and marks each line that must get an error with {@code // ERROR "regexp"} (several quoted
 * regexps for several errors). A line's errors must each match one of its regexps, every regexp
 * must match one of the line's errors, and no other line may get an error. Messages of several
 * lines ({@code have/want}) are matched whole, continuation lines joined with {@code \n\t} as gc
 * prints them.
 *
 * <p>As gc does, only the first ten errors are reported, followed by {@code too many errors}; the
 * expectations are checked against those ten. Each file is also checked in its CLI form:
 * {@code # command-line-arguments}, then {@code NAME.go:LINE:COL: message} lines, exit status 1.
 */
class ErrorcheckTest {

    private static final Pattern VERSION = Pattern.compile("^// go (1\\.\\d+)\\s*$");
    private static final Pattern ERROR_COMMENT = Pattern.compile("// ERROR (.*)$");
    private static final int MAX_ERRORS = 10;

    @TestFactory
    Stream<DynamicTest> errorcheck() throws IOException, URISyntaxException {
        Path dir = Path.of(ErrorcheckTest.class.getResource("/testdata/errorcheck").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(files.size() >= 45, "expected at least 45 errorcheck files, found " + files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        String src = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = src.split("\n", -1);
        assertEquals("// errorcheck", lines[0].strip(), name + ": first line must be // errorcheck");
        String version = RunConfig.DEFAULT_GO;
        Matcher vm = VERSION.matcher(lines.length > 1 ? lines[1] : "");
        if (vm.matches()) version = vm.group(1);

        Map<Integer, List<Pattern>> want = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR_COMMENT.matcher(lines[i]);
            if (m.find()) want.put(i + 1, regexps(name, i + 1, m.group(1)));
        }

        Session s = Engine.open(RunConfig.of(name, src).withGo(version));
        assertTrue(s.done(), name + ": a program with compile errors must give a finished session");
        List<Diagnostic> all = s.diagnostics();
        List<Diagnostic> shown = all.subList(0, Math.min(all.size(), MAX_ERRORS));

        List<String> problems = new ArrayList<>();
        Map<Integer, List<Diagnostic>> got = new TreeMap<>();
        for (Diagnostic d : shown) got.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(d);
        for (Map.Entry<Integer, List<Diagnostic>> e : got.entrySet()) {
            List<Pattern> rx = want.get(e.getKey());
            for (Diagnostic d : e.getValue()) {
                if (rx == null) {
                    problems.add("unexpected error " + d.format(name));
                } else if (rx.stream().noneMatch(p -> p.matcher(d.message()).find())) {
                    problems.add("error " + d.format(name) + " matches none of " + rx);
                }
            }
        }
        for (Map.Entry<Integer, List<Pattern>> e : want.entrySet()) {
            List<Diagnostic> ds = got.getOrDefault(e.getKey(), List.of());
            for (Pattern p : e.getValue()) {
                if (ds.stream().noneMatch(d -> p.matcher(d.message()).find())) {
                    problems.add(name + ":" + e.getKey() + ": missing error matching \"" + p + "\"");
                }
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder(name + " (go " + version + "):\n");
            for (String p : problems) sb.append("  ").append(p).append('\n');
            sb.append("all errors:\n");
            for (Diagnostic d : all) sb.append("  ").append(d.format(name)).append('\n');
            fail(sb.toString());
        }
        checkCliForm(name, s.result(), shown, all.size());
    }

    /** gc's report on stderr: header, one line per error (continuations tab-indented), exit 1. */
    private static void checkCliForm(String name, RunResult r, List<Diagnostic> shown, int total) {
        assertEquals(1, r.exitCode(), name + ": exit status");
        assertEquals("", r.stdout(), name + ": stdout");
        StringBuilder want = new StringBuilder("# command-line-arguments\n");
        for (Diagnostic d : shown) want.append(name).append(':').append(d.line()).append(':').append(d.col())
                .append(": ").append(d.message()).append('\n');
        if (total > MAX_ERRORS) {
            Diagnostic last = shown.get(shown.size() - 1);
            want.append(name).append(':').append(last.line()).append(':').append(last.col()).append(": too many errors\n");
        }
        assertEquals(want.toString(), r.stderr(), name + ": stderr in gc's CLI form");
        for (String line : r.stderr().split("\n")) {
            assertTrue(line.startsWith("# command-line-arguments") || line.startsWith("\t")
                    || line.matches(Pattern.quote(name) + ":\\d+:\\d+: .+"), name + ": malformed line " + line);
        }
    }

    /** The quoted regexps after {@code // ERROR}: "..." with \" for a quote inside, or `...`. */
    static List<Pattern> regexps(String file, int line, String text) {
        List<Pattern> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c != '"' && c != '`') break;
            int j = i + 1;
            StringBuilder sb = new StringBuilder();
            while (j < text.length() && text.charAt(j) != c) {
                if (c == '"' && text.charAt(j) == '\\' && j + 1 < text.length()) {
                    sb.append(text, j, j + 2);
                    j += 2;
                    continue;
                }
                sb.append(text.charAt(j++));
            }
            if (j >= text.length()) fail(file + ":" + line + ": unterminated ERROR regexp");
            out.add(Pattern.compile(re2Braces(sb.toString())));
            i = j + 1;
        }
        if (out.isEmpty()) fail(file + ":" + line + ": ERROR comment without a quoted regexp");
        return out;
    }

    /** Go's regexp (RE2) reads a brace that starts no repetition literally; Java needs it escaped. */
    static String re2Braces(String rx) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rx.length(); i++) {
            char ch = rx.charAt(i);
            if (ch == '\\' && i + 1 < rx.length()) {
                sb.append(ch).append(rx.charAt(++i));
            } else if (ch == '{' && !REPEAT.matcher(rx.substring(i)).lookingAt()) {
                sb.append("\\{");
            } else if (ch == '}' && !REPEAT_OPEN.matcher(sb).find()) {
                sb.append("\\}");
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static final Pattern REPEAT = Pattern.compile("\\{\\d+(,\\d*)?}");
    private static final Pattern REPEAT_OPEN = Pattern.compile("\\{\\d+(,\\d*)?$");

    @Test
    void tooManyErrorsLineNamesTheTenthError() {
        StringBuilder src = new StringBuilder("package main\n\nfunc main() {\n");
        for (int i = 1; i <= 12; i++) src.append("\t_ = u").append(i).append('\n');
        src.append("}\n");
        RunResult r = Engine.open(RunConfig.of("many.go", src.toString()).withGo("1.19")).result();
        String[] lines = r.stderr().split("\n");
        assertEquals(12, lines.length, r.stderr());
        assertEquals("many.go:13:6: undefined: u10", lines[10]);
        assertEquals("many.go:13:6: too many errors", lines[11]);
    }

    @Test
    void syntaxErrorsStopBeforeTypeChecking() {
        String src = "package main\n\nfunc main() {\n\tx := \n\t_ = undefinedName\n}\n";
        List<Diagnostic> ds = Engine.open(RunConfig.of("s.go", src)).diagnostics();
        assertEquals(1, ds.size(), ds.toString());
        assertTrue(ds.get(0).message().startsWith("syntax error: "), ds.toString());
    }
}
