package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check language: the model's functions over a real run, and the read-only sandbox. */
class ExpressionsTest {
    private static final String PROG = """
            package main

            import "fmt"

            func main() {
            	ch := make(chan int, 3)
            	ch <- 1
            	ch <- 2
            	m := map[string]int{"a": 1, "b": 2}
            	base := make([]int, 3, 4)
            	p := append(base, 1)
            	q := append(base, 2)
            	r := base[1:2:2]
            	var nilSlice []int
            	fmt.Println(len(ch), len(m), p, q, r, nilSlice == nil)
            }
            """;
    private static State end;

    @BeforeAll
    static void run() {
        end = TraceRun.run(RunConfig.of("prog.go", PROG), List.of(), Schedule.NONE, null).end();
    }

    private static Object eval(String expr) {
        return Expressions.evaluate(expr, end, null);
    }

    @Test
    void runFacts() {
        assertEquals(true, eval("ended"));
        assertEquals(0, eval("exit"));
        assertEquals("2 2 [0 0 0 2] [0 0 0 2] [0] true\n", eval("stdout"));
        assertEquals(1, eval("lines.size()"));
        assertEquals(true, eval("panic == null && fatal == null && !deadlock"));
    }

    @Test
    void channels() {
        assertEquals(true, eval("chan('ch').qcount == 2 && chan('ch').dataqsiz == 3"));
        assertEquals(true, eval("chan('ch').sendx == 2 && chan('ch').recvq.isEmpty()"));
        assertEquals(List.of(1L, 2L, 0L), eval("chan('ch').buf"));
    }

    @Test
    void maps() {
        assertEquals(true, eval("hmap('m').count == 2 && hmap('m').B == 0"));
        assertEquals(1, eval("buckets('m').size()"));
        assertEquals(0, eval("overflowCount('m')"));
        assertEquals(true, eval("map('m').count == 2"));
    }

    @Test
    void slices() {
        assertEquals(true, eval("sameArray('p', 'q') && sameArray('base', 'r')"));
        assertEquals(true, eval("slice('p').cap == 4 && slice('p').elems.size() == 4"));
        assertEquals(1L, eval("slice('r').offset"));
        assertEquals(List.of(0L), eval("slice('r').elems"));
        assertNull(eval("slice('nilSlice')"));
        assertEquals(true, eval("slice('nilSlice')?.len == null"));
    }

    @Test
    void goroutinesAndSelection() {
        assertEquals(1, eval("goroutines.size()"));
        assertEquals("main.main", eval("g(1).function"));
        assertEquals(0, eval("goroutines.?[status == 'waiting'].size()"));
        assertEquals(0, eval("waiting('chan send')"));
    }

    @Test
    void wrongKindsAreExplained() {
        Expressions.CheckException e = assertThrows(Expressions.CheckException.class, () -> eval("chan('m')"));
        assertTrue(e.getMessage().contains("not a channel"), e.getMessage());
        assertThrows(Expressions.CheckException.class, () -> eval("slice('m')"));
        assertThrows(Expressions.CheckException.class, () -> eval("nosuchproperty"));
    }

    @Test
    void theModelIsReadOnly() {
        for (String evil : List.of("stdout = 'x'", "T(java.lang.System).exit(1)", "new java.io.File('x')",
                "stdout.getClass()", "lines.clear()", "objects.clear()", "chan('ch').put('qcount', 9)",
                "goroutines[0].clear()", "@bean")) {
            assertThrows(RuntimeException.class, () -> eval(evil), evil);
        }
        assertEquals(true, eval("chan('ch').qcount == 2"));
    }

    @Test
    void expectedVariableAndTest() {
        assertTrue(Expressions.test("exit == #expected", end, 0L));
        assertFalse(Expressions.test("exit == #expected", end, 2L));
        assertThrows(Expressions.CheckException.class, () -> Expressions.test("stdout", end, null));
    }

    @Test
    void syntaxErrorsNameThePlace() {
        LessonFormatException e = assertThrows(LessonFormatException.class,
                () -> Expressions.parse("chan('ch'", "exercises.yaml: checks[0]"));
        assertTrue(e.getMessage().startsWith("exercises.yaml: checks[0]: cannot parse"), e.getMessage());
    }

    @Test
    void localsOfOtherFunctions() {
        String prog = """
                package main

                func worker(n int, done chan bool) {
                	total := n * 2
                	_ = total
                	<-done
                }

                func main() {
                	done := make(chan bool)
                	go worker(21, done)
                	select {}
                }
                """;
        State s = TraceRun.run(RunConfig.of("prog.go", prog), List.of(), Schedule.NONE, null).end();
        assertEquals(42L, Expressions.evaluate("local('main.worker', 'total')", s, null));
        assertEquals(true, Expressions.evaluate("deadlock && fatal == 'all goroutines are asleep - deadlock!'", s, null));
        assertEquals(2, Expressions.evaluate("exit", s, null));
        Object g = Expressions.evaluate("goroutines.?[function == 'main.worker'][0].waitreason", s, null);
        assertEquals("chan receive", g);
    }
}
