package io.gopherscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, in process: the same dispatch the jar's main classes use. */
class CliTest {

    static final String CHANNEL_PROGRAM = """
            package main

            import "fmt"

            func main() {
            	ch := make(chan int, 2)
            	ch <- 1
            	ch <- 2
            	fmt.Println(<-ch, <-ch)
            }
            """;

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
    }

    Outcome cli(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = io.gopherscope.GopherscopeApplication.command(args, out, err);
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void runPrintsWhatGoPrints() throws IOException {
        Path prog = write("prog.go", CHANNEL_PROGRAM);
        Outcome o = cli("run", prog.toString());
        assertThat(o.out()).isEqualTo("1 2\n");
        assertThat(o.err()).isEmpty();
        assertThat(o.exit()).isZero();
    }

    @Test
    void runAcceptsEveryOption() throws IOException {
        Path prog = write("prog.go", CHANNEL_PROGRAM);
        Outcome o = cli("run", "--go", "1.19", "--seed=7", "--maxprocs", "2", "--max-steps", "100000", prog.toString());
        assertThat(o.out()).isEqualTo("1 2\n");
        assertThat(o.exit()).isZero();
    }

    @Test
    void traceEmitsOneSnapshotPerLineWithTheRingBuffer() throws IOException {
        Path prog = write("prog.go", CHANNEL_PROGRAM);
        Outcome o = cli("trace", prog.toString());
        assertThat(o.exit()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : o.out().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).hasSizeGreaterThan(3);
        long previous = -1;
        boolean sawTwoBuffered = false;
        for (JsonNode snap : lines) {
            assertThat(snap.get("step").asLong()).isGreaterThan(previous);
            previous = snap.get("step").asLong();
            for (String field : List.of("goid", "pos", "event", "clock", "stdout", "stderr", "goroutines", "objects")) {
                assertThat(snap.has(field)).as("field %s in %s", field, snap).isTrue();
            }
            for (JsonNode obj : snap.get("objects")) {
                if (obj.get("kind").asString().equals("hchan")) {
                    for (String f : List.of("qcount", "dataqsiz", "buf", "sendx", "recvx", "recvq", "sendq", "closed")) {
                        assertThat(obj.has(f)).as("hchan field %s in %s", f, obj).isTrue();
                    }
                    assertThat(obj.get("dataqsiz").asLong()).isEqualTo(2);
                    if (obj.get("qcount").asLong() == 2) {
                        sawTwoBuffered = true;
                        assertThat(obj.get("sendx").asLong()).as("sendx wraps after two sends").isZero();
                    }
                }
            }
        }
        assertThat(sawTwoBuffered).as("some step shows both values buffered").isTrue();
        assertThat(lines.get(lines.size() - 1).get("stdout").asString()).isEqualTo("1 2\n");
    }

    @Test
    void traceLastPrintsOnlyTheFinalSnapshot() throws IOException {
        Path prog = write("prog.go", CHANNEL_PROGRAM);
        Outcome all = cli("trace", prog.toString());
        Outcome last = cli("trace", "--last", prog.toString());
        String[] lines = all.out().split("\n");
        assertThat(last.out()).isEqualTo(lines[lines.length - 1] + "\n");
        assertThat(last.exit()).isZero();
    }

    @Test
    void compileErrorsUseGoFormatAndExitOne() throws IOException {
        Path prog = write("bad.go", "package main\n\nfunc main() {\n\ty = 1\n}\n");
        Outcome o = cli("run", prog.toString());
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).startsWith("# command-line-arguments\n").contains("bad.go:4:");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path prog = write("prog.go", CHANNEL_PROGRAM);
        assertThat(cli("run").exit()).isEqualTo(2);
        assertThat(cli("run", "--maxprocs", "zero", prog.toString()).exit()).isEqualTo(2);
        assertThat(cli("run", "--go", "banana", prog.toString()).err()).contains("--go");
        assertThat(cli("trace", "--nope", prog.toString()).err()).contains("unknown option --nope").contains("usage:");
        assertThat(cli("run", "--last", prog.toString()).exit()).as("--last belongs to trace").isEqualTo(2);
        assertThat(cli("lessons").exit()).isEqualTo(2);
    }

    @Test
    void missingFileIsReported() {
        Outcome o = cli("run", dir.resolve("nope.go").toString());
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.err()).contains("no such file");
    }

    @Test
    void lessonsCheckVerifiesALessonFolder() throws IOException {
        Outcome empty = cli("lessons", "check", dir.toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("no lesson folders");

        Outcome missing = cli("lessons", "check", dir.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no such directory");

        Outcome shipped = cli("lessons", "check", "lessons");
        assertThat(shipped.exit()).as(shipped.out() + shipped.err()).isZero();
        assertThat(shipped.out()).contains("01-goroutines").contains("0 failed");
    }

    @Test
    void displayNameFollowsGo() {
        assertThat(SourceFile.displayName(Path.of("prog.go"))).isEqualTo("./prog.go");
        assertThat(SourceFile.displayName(Path.of("sub/prog.go"))).isEqualTo("./sub/prog.go");
        assertThat(SourceFile.displayName(Path.of("/x/y/prog.go").toAbsolutePath())).endsWith("prog.go");
    }

    @Test
    void commandLineBudgetsAreGoRunsNotTheSandboxs() throws IOException {
        // 20,000 goroutines alive at once: twice the web sandbox's limit, nothing for go run
        Path many = write("many.go", """
                package main

                import (
                	"fmt"
                	"sync"
                )

                func main() {
                	var wg sync.WaitGroup
                	n := 0
                	var mu sync.Mutex
                	for i := 0; i < 20000; i++ {
                		wg.Add(1)
                		go func() {
                			defer wg.Done()
                			mu.Lock()
                			n++
                			mu.Unlock()
                		}()
                	}
                	wg.Wait()
                	fmt.Println(n)
                }
                """);
        Outcome o = cli("run", many.toString());
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).isEqualTo("20000\n");

        Outcome small = cli("run", "--max-heap", "4096", many.toString());
        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.err()).startsWith("gopherscope: heap limit exceeded").contains("--max-heap");
    }
}
