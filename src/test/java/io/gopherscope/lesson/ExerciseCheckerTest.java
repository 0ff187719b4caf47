package io.gopherscope.lesson;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grading: feedback names the failed check, the run, and the author's advice, in both languages. */
class ExerciseCheckerTest {
    private static final String DEADLOCK = """
            package main

            import "fmt"

            func main() {
            	ch := make(chan int)
            	ch <- 1
            	fmt.Println(<-ch)
            }
            """;
    private static final String FIXED = DEADLOCK.replace("make(chan int)", "make(chan int, 1)");

    private static final String YAML = """
            exercises:
              - id: fix-it
                kind: fix-bug
                starter: exercises/fix.starter.go
                solution: exercises/fix.solution.go
                seeds: [1, 2]
                maxprocs: [1, 2]
                prompt: {en: "Fix it", zh: "修好它"}
                checks:
                  - stdout: "1\\n"
                  - name: no deadlock
                    end: "!deadlock"
                    feedback: {en: "Give the channel a buffer.", zh: "给 channel 一个缓冲区。"}
              - id: guess
                kind: predict
                program: exercises/fix.solution.go
                prompt: {en: "Capacity?", zh: "容量？"}
                answer:
                  value: "chan('ch').dataqsiz"
                  type: number
                distractors:
                  - answer: "0"
                    feedback: {en: "It has a buffer.", zh: "它有缓冲区。"}
              - id: order
                kind: schedule
                program: exercises/two.go
                solution: exercises/two.sched
                prompt: {en: "Make a print first", zh: "让 a 先打印"}
                checks:
                  - stdout: "a\\nb\\n"
            """;
    private static final String TWO = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	wg.Add(2)
            	go func() { fmt.Println("a"); wg.Done() }()
            	go func() { fmt.Println("b"); wg.Done() }()
            	wg.Wait()
            }
            """;

    private final Lesson lesson = TestLessons.lesson(YAML, "exercises/fix.starter.go", DEADLOCK,
            "exercises/fix.solution.go", FIXED, "exercises/two.go", TWO, "exercises/two.sched", "# main has parked and b runs: switch to a\n5 6\n");
    private final ExerciseChecker checker = new ExerciseChecker();

    @Test
    void failingProgramNamesTheChecksAndTheAdvice() {
        Verdict v = checker.check(lesson.exercise("fix-it").orElseThrow(), DEADLOCK);
        assertFalse(v.passed());
        assertEquals(2, v.failures().size());
        String en = v.message("en");
        assertTrue(en.contains("2 checks failed in the run with seed 1, GOMAXPROCS 1"), en);
        assertTrue(en.contains("✗ no deadlock: it was false when the program ended (exit status 2)"), en);
        assertTrue(en.contains("Give the channel a buffer."), en);
        assertTrue(en.contains("the program printed \"\""), en);
        assertTrue(v.message("zh").contains("给 channel 一个缓冲区。"), v.message("zh"));
    }

    @Test
    void passingProgramPassesEveryRun() {
        Verdict v = checker.check(lesson.exercise("fix-it").orElseThrow(), FIXED);
        assertTrue(v.passed(), v.message("en"));
        assertEquals(4, v.runs());
        assertEquals("All checks passed in all 4 runs.", v.message("en"));
    }

    @Test
    void compileErrorsAreReported() {
        Verdict v = checker.check(lesson.exercise("fix-it").orElseThrow(), "package main\nfunc main() { x }\n");
        assertFalse(v.passed());
        assertTrue(v.message("en").startsWith("the program does not compile: fix.go:2:"), v.message("en"));
    }

    @Test
    void endlessProgramsHitTheLimit() {
        Verdict v = checker.check(lesson.exercise("fix-it").orElseThrow(), "package main\nfunc main() { for {} }\n");
        assertFalse(v.passed());
        assertTrue(v.message("en").contains("did not finish"), v.message("en"));
    }

    @Test
    void predictionsAreComputedAndDistractorsExplained() {
        Exercise ex = lesson.exercise("guess").orElseThrow();
        assertEquals("1", checker.computeAnswer(ex).value());
        assertTrue(checker.check(ex, " 1 ").passed());
        assertTrue(checker.check(ex, "1.0").passed());
        Verdict wrong = checker.check(ex, "0");
        assertFalse(wrong.passed());
        assertEquals("Not quite. It has a buffer.", wrong.message("en"));
        assertFalse(checker.check(ex, "").passed());
        assertEquals("The answer is a number.", checker.check(ex, "one").message("en"));
    }

    @Test
    void schedulesDriveTheRun() {
        Exercise ex = lesson.exercise("order").orElseThrow();
        Verdict byDefault = checker.check(ex, "");
        assertFalse(byDefault.passed(), "the scheduler alone runs b first (runnext)");
        assertTrue(byDefault.message("en").contains("the program printed \"b\\na\\n\""), byDefault.message("en"));
        Verdict good = checker.check(ex, ex.solution().text());
        assertTrue(good.passed(), good.message("en"));
        Verdict bad = checker.check(ex, "0 99\n");
        assertTrue(bad.message("en").contains("goroutine 99 cannot run next"), bad.message("en"));
        Verdict garbage = checker.check(ex, "run b first");
        assertFalse(garbage.passed());
        assertTrue(garbage.message("en").contains("expected 'STEP GOID'"), garbage.message("en"));
    }
}
