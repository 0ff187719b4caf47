package io.gopherscope;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gopherscope.engine.Diagnostic;
import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.lang.parser.Parser;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input of any kind must give compile errors or a bounded run, never a Java exception.
 * Jazzer runs these in regression mode during {@code mvn test} (the pom's {@code fuzz-regression}
 * execution): every file under {@code src/test/resources/io/gopherscope/EngineFuzzTestInputs/METHOD/}
 * is one input (Go programs, binary junk, deep nesting, a file over the size limit). Set
 * {@code JAZZER_FUZZ=1} to fuzz for real; crashing inputs then land in that directory and become
 * regression inputs once committed.
 */
class EngineFuzzTest {

    /** The scanner and parser: any bytes give a file or syntax errors, never an exception. */
    @FuzzTest(maxDuration = "30s")
    void parser(byte[] data) {
        String src = new String(data, StandardCharsets.UTF_8);
        Parser.Result r = Parser.parse(src, 23);
        assertNotNull(r);
        assertTrue(r.file() != null || !r.errors().isEmpty(), "no file and no errors");
    }

    /**
     * The whole engine (scanner, parser, checker, compiler, VM) with small budgets: it always
     * finishes with a result whose exit status Go could give, and never reports an internal error.
     */
    @FuzzTest(maxDuration = "30s")
    void engine(byte[] data) {
        String src = new String(data, StandardCharsets.UTF_8);
        for (String go : new String[]{"1.19", "1.23"}) {
            RunConfig cfg = RunConfig.of("fuzz.go", src).withGo(go).withMaxSteps(20_000).withWallMillis(2_000);
            Session s = Engine.open(cfg);
            for (Diagnostic d : s.diagnostics()) {
                assertFalse(d.message().startsWith("internal compiler error"), d.format("fuzz.go"));
            }
            RunResult r = s.done() ? s.result() : s.run(null);
            assertNotNull(r);
            assertTrue(r.exitCode() >= 0 && r.exitCode() <= 255, "exit status " + r.exitCode());
            if (!s.diagnostics().isEmpty()) {
                assertTrue(r.exitCode() == 1 && r.stderr().startsWith("# command-line-arguments\n"), r.stderr());
            }
            assertFalse(r.stderr().contains("internal error"), r.stderr());
        }
    }
}
