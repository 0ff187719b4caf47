package io.gopherscope.lesson;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The sandbox block's options, and the step a sandbox opens at (the same for the page and for lessons check). */
class SandboxRunTest {

    static final String PROGRAM = """
            package main

            import "fmt"

            func main() {
            	ch := make(chan int, 3)
            	ch <- 1
            	ch <- 2
            	ch <- 3
            	fmt.Println(len(ch))
            }
            """;

    static Lesson lesson(String block) {
        Map<String, String> files = new LinkedHashMap<>(TestLessons.folder("").files());
        files.put("en.md", TestLessons.EN + "\n```sandbox\n" + block + "```\n");
        files.put("zh.md", TestLessons.ZH + "\n```sandbox\n" + block + "```\n");
        files.put("examples/ring.go", PROGRAM);
        return LessonLoader.load(new LessonFolder("03-buffered", files));
    }

    static SandboxRun resolve(String block) {
        Lesson l = lesson(block);
        Sandbox s = l.text("en").sandboxes().get(0);
        return SandboxRun.resolve(l, 0, s, SandboxRun.file(l, s).orElseThrow());
    }

    @Test
    void atOpensAtTheFirstStepWhereTheConditionHolds() {
        SandboxRun r = resolve("file: examples/ring.go\nat: \"chan('ch')?.qcount == 2\"\nviews: [hchan, console]\n");
        assertThat(r.problem()).isNull();
        assertThat(r.openStep()).isEqualTo(3); // make, send, send
        assertThat(r.views()).containsExactly("hchan", "console");
        assertThat(r.source()).isEqualTo(PROGRAM);
        assertThat(r.config().goVersion()).isEqualTo("1.23");
    }

    @Test
    void stepEndOpensAfterTheLastStep() {
        SandboxRun r = resolve("file: examples/ring.go\nstep: end\nviews: [console]\n");
        assertThat(r.problem()).isNull();
        assertThat(r.openStep()).isGreaterThan(4);
        assertThat(lesson("file: examples/ring.go\nstep: end\n").text("en").sandboxes().get(0).step()).isEqualTo(Sandbox.END);
    }

    @Test
    void aStepPastTheEndOrAnAtThatNeverHoldsIsAProblem() {
        assertThat(resolve("file: examples/ring.go\nstep: 999\n").problem().get("en")).contains("opens at step 999 but the run has only");
        assertThat(resolve("file: examples/ring.go\nat: \"chan('ch')?.qcount == 7\"\n").problem().get("en")).contains("no step satisfies at");
    }

    @Test
    void aSandboxMayNotOpenAfterThousandsOfSteps() {
        Map<String, String> files = new LinkedHashMap<>(TestLessons.folder("").files());
        String block = "file: examples/long.go\nstep: end\n";
        files.put("en.md", TestLessons.EN + "\n```sandbox\n" + block + "```\n");
        files.put("zh.md", TestLessons.ZH + "\n```sandbox\n" + block + "```\n");
        files.put("examples/long.go", "package main\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 5000; i++ {\n\t\tn += i\n\t}\n\tprintln(n)\n}\n");
        Lesson l = LessonLoader.load(new LessonFolder("03-buffered", files));
        Sandbox s = l.text("en").sandboxes().get(0);
        SandboxRun r = SandboxRun.resolve(l, 0, s, SandboxRun.file(l, s).orElseThrow());
        assertThat(r.openStep()).isGreaterThan(SandboxRun.MAX_OPEN_STEP);
        assertThat(r.problem().get("en")).contains("open it earlier");
    }

    @Test
    void overridesAndNoViewsMeanAll() {
        SandboxRun r = resolve("file: examples/ring.go\ngo: \"1.24\"\nseed: 7\nmaxprocs: 2\nstep: 2\n");
        assertThat(r.config().goVersion()).isEqualTo("1.24");
        assertThat(r.config().seed()).isEqualTo(7);
        assertThat(r.config().maxProcs()).isEqualTo(2);
        assertThat(r.openStep()).isEqualTo(2);
        assertThat(r.views()).isEmpty();
    }

    @Test
    void badOptionsStopTheLessonFromLoading() {
        for (String bad : List.of("file: examples/ring.go\nstep: 2\nat: \"line == 7\"\n",
                "file: examples/ring.go\nviews: [hchan, channels]\n",
                "file: examples/ring.go\nstep: -3\n",
                "file: examples/ring.go\nstep: soon\n")) {
            assertThrows(LessonFormatException.class, () -> lesson(bad), bad);
        }
    }

    @Test
    void theCacheFindsASandboxByLessonLanguageAndIndex() {
        SandboxRun.Cache cache = new SandboxRun.Cache(LessonCatalog.of(List.of(new LessonFolder("03-buffered", lessonFiles())), "test"));
        assertThat(cache.find("buffered", "en", 0)).get().extracting(SandboxRun::openStep).isEqualTo(3L);
        assertThat(cache.find("buffered", "zh", 0)).isPresent();
        assertThat(cache.find("buffered", "en", 1)).isEmpty();
        assertThat(cache.find("nope", "en", 0)).isEmpty();
    }

    static Map<String, String> lessonFiles() {
        String block = "file: examples/ring.go\nat: \"chan('ch')?.qcount == 2\"\n";
        Map<String, String> files = new LinkedHashMap<>(TestLessons.folder("").files());
        files.put("en.md", TestLessons.EN + "\n```sandbox\n" + block + "```\n");
        files.put("zh.md", TestLessons.ZH + "\n```sandbox\n" + block + "```\n");
        files.put("examples/ring.go", PROGRAM);
        return files;
    }
}
