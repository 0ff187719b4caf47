package io.gopherscope.lesson;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lesson format: what loads, and how format errors name the file and the place. */
class LessonLoaderTest {
    private static final String GO = "package main\n\nfunc main() {}\n";

    private static String error(String yaml, String... files) {
        return assertThrows(LessonFormatException.class, () -> TestLessons.lesson(yaml, files)).getMessage();
    }

    @Test
    void frontMatterAndSandboxes() {
        Map<String, String> files = new java.util.LinkedHashMap<>(TestLessons.folder("").files());
        files.put("en.md", TestLessons.EN + "\n```sandbox\nfile: examples/a.go\nat: \"step == 1\"\nviews: [goroutines]\n```\n");
        files.put("examples/a.go", GO + "\n// Output:\n// hi\n");
        Lesson l = LessonLoader.load(new LessonFolder("07-map-structure", files));
        assertEquals("map-structure", l.id());
        assertEquals(99, l.order());
        assertEquals("1.23", l.go());
        assertEquals("Test lesson", l.text("en").title());
        assertEquals("测试课", l.text("zh").title());
        assertEquals("Test lesson", l.text("fr").title());
        Sandbox s = l.text("en").sandboxes().get(0);
        assertEquals("examples/a.go", s.file());
        assertEquals("step == 1", s.at());
        assertEquals("hi\n", l.examples().get(0).expectedOutput());
    }

    @Test
    void outputComments() {
        assertEquals("a\n\nb\n", LessonLoader.expectedOutput(GO + "// Output:\n// a\n//\n// b\n"));
        assertEquals("", LessonLoader.expectedOutput(GO + "// Output:\n"));
        assertNull(LessonLoader.expectedOutput(GO));
    }

    @Test
    void formatErrorsNameThePlace() {
        assertEquals("99-test/exercises.yaml: exercises[0]: 'kind' is missing",
                error("exercises:\n  - {id: x, prompt: hi}\n").replace(" (x)", ""));
        assertTrue(error("exercises:\n  - {id: x, kind: guess, prompt: hi}\n").contains("unknown kind 'guess'"));
        assertTrue(error("exercises:\n  - {id: x, kind: predict, prompt: hi, program: nope.go, answer: {value: '1'}}\n")
                .contains("program: no such file nope.go"));
        assertTrue(error("exercises:\n  - id: x\n    kind: fix-bug\n    prompt: hi\n    starter: a.go\n    solution: a.go\n"
                + "    checks:\n      - evntually: 'true'\n", "a.go", GO).contains("unknown key 'evntually'"));
        assertTrue(error("exercises:\n  - id: x\n    kind: fix-bug\n    prompt: hi\n    starter: a.go\n    solution: a.go\n"
                + "    checks:\n      - end: \"chan('ch'\"\n", "a.go", GO).contains("cannot parse expression"));
        assertTrue(error("exercises:\n  - id: x\n    kind: fix-bug\n    prompt: hi\n    starter: a.go\n    solution: a.go\n",
                "a.go", GO).contains("needs 'checks'"));
        assertTrue(error("exercises: [\n").contains("not valid YAML"));
        assertTrue(error("exercises:\n  - {id: x, kind: schedule, prompt: hi, program: a.go, solution: s.sched, checks: [{exit: 0}]}\n",
                "a.go", GO, "s.sched", "one two\n").contains("expected 'STEP GOID'"));
    }

    @Test
    void textsNeedFrontMatter() {
        Map<String, String> files = new java.util.LinkedHashMap<>(TestLessons.folder("").files());
        files.put("zh.md", "# no front matter\n");
        String msg = assertThrows(LessonFormatException.class,
                () -> LessonLoader.load(new LessonFolder("99-test", files))).getMessage();
        assertEquals("99-test/zh.md: must start with front matter between '---' lines", msg);
    }

    @Test
    void catalogLoadsADirectoryAndKeepsProblems(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path good = Files.createDirectories(dir.resolve("01-good"));
        Files.writeString(good.resolve("en.md"), TestLessons.EN.replace("order: 99", "order: 1"));
        Path bad = Files.createDirectories(dir.resolve("02-bad"));
        Files.writeString(bad.resolve("en.md"), "no front matter");
        Files.createDirectories(dir.resolve("not-a-lesson"));
        LessonCatalog c = LessonCatalog.load(dir);
        assertEquals(1, c.lessons().size());
        assertEquals("good", c.lessons().get(0).id());
        assertTrue(c.problems().get("02-bad").contains("front matter"));
        assertTrue(c.find("01-good").isPresent());
    }

    @Test
    void catalogLoadsTheClasspathCopy() {
        LessonCatalog c = LessonCatalog.loadClasspath(getClass().getClassLoader());
        assertTrue(c.find("goroutines").isPresent(), () -> "lessons on the classpath: " + c.lessons() + " " + c.problems());
        assertTrue(c.problems().isEmpty(), () -> c.problems().toString());
    }

    @Test
    void schedulesRoundTrip() {
        Schedule s = Schedule.parse("# comment\n4 6\n\n7, 7  # trailing\n");
        assertEquals(2, s.choices().size());
        assertEquals("4 6\n7 7\n", s.format());
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("7 7\n4 6\n"));
    }
}
