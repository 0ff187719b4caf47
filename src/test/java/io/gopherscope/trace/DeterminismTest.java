package io.gopherscope.trace;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.vm.ConcurrentCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4: a run is fully determined by (source, version, seed, GOMAXPROCS, scheduling choices).
 * The same inputs give byte-identical JSON traces; the seed really drives {@code select}'s
 * {@code pollorder} and, with several Ps, the interleaving; a recorded list of manual scheduling
 * choices replays to the identical trace; and a manual choice can change a program's outcome.
 */
class DeterminismTest {

    /** The whole trace as the CLI prints it: one JSON line per snapshot, step 0 first. */
    static List<String> trace(RunConfig cfg) {
        Session s = Engine.open(cfg);
        List<String> lines = new ArrayList<>();
        lines.add(Json.write(s.snapshot()));
        while (!s.done()) lines.add(Json.write(s.step()));
        return lines;
    }

    static RunConfig cfg(String name, String src, long seed, int procs) {
        return RunConfig.of(name, src).withGo("1.19").withSeed(seed).withMaxProcs(procs).withMaxSteps(1_000_000);
    }

    private static final List<String> TRACED = List.of("01_unbuffered_handoff", "04_close_range",
            "10_deadlock_goroutines", "13_nil_chan_select", "16_fanin_fanout", "17_worker_pool",
            "15_pipeline", "21_sleep_ordering", "48_select_timeout");

    @TestFactory
    List<DynamicTest> sameInputsSameTrace() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ConcurrentCorpus.Program p : ConcurrentCorpus.programs()) {
            if (!TRACED.contains(p.name().replace(".go", ""))) continue;
            for (int procs : new int[]{1, 4}) {
                for (long seed : new long[]{1, 7}) {
                    tests.add(DynamicTest.dynamicTest(p.name() + " maxprocs " + procs + " seed " + seed, () -> {
                        RunConfig c = cfg(p.name(), p.source(), seed, procs);
                        List<String> first = trace(c);
                        // another program in between: no state may leak from one session to the next
                        trace(cfg("other.go", SELECT_200, seed + 1, procs));
                        List<String> second = trace(c);
                        assertEquals(first.size(), second.size(), "number of steps");
                        for (int i = 0; i < first.size(); i++) {
                            assertEquals(first.get(i), second.get(i), "snapshot of step " + i);
                        }
                    }));
                }
            }
        }
        return tests;
    }

    /** A select between two channels that are always both ready, 200 times. */
    static final String SELECT_200 = """
            package main

            import "fmt"

            func main() {
            	a := make(chan int, 1)
            	b := make(chan int, 1)
            	n := 0
            	seq := ""
            	for i := 0; i < 200; i++ {
            		a <- 0
            		b <- 1
            		select {
            		case <-a:
            			n++
            			seq += "a"
            			<-b
            		case <-b:
            			seq += "b"
            			<-a
            		}
            	}
            	fmt.Println(n, 200-n)
            	fmt.Println(seq)
            }
            """;

    @Test
    void seedChangesSelectChoices() {
        Set<String> counts = new HashSet<>();
        Set<String> sequences = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            RunResult r = Engine.open(cfg("select.go", SELECT_200, seed, 1)).run(null);
            String[] out = r.stdout().split("\n");
            String[] ab = out[0].split(" ");
            int a = Integer.parseInt(ab[0]);
            int b = Integer.parseInt(ab[1]);
            assertTrue(a > 40 && b > 40, "both cases chosen, roughly evenly: " + out[0] + " (seed " + seed + ")");
            counts.add(out[0]);
            sequences.add(out[1]);
            assertEquals(r.stdout(), Engine.open(cfg("select.go", SELECT_200, seed, 1)).run(null).stdout(),
                    "the same seed makes the same choices");
        }
        assertTrue(counts.size() > 1, "the counts differ between seeds: " + counts);
        assertEquals(5, sequences.size(), "each seed makes its own sequence of choices");
    }

    /** Two goroutines printing without synchronisation: with several Ps the seed interleaves them. */
    static final String INTERLEAVE = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	for g := 0; g < 2; g++ {
            		wg.Add(1)
            		go func(id int) {
            			defer wg.Done()
            			for i := 0; i < 20; i++ {
            				fmt.Print(id)
            			}
            		}(g)
            	}
            	wg.Wait()
            	fmt.Println()
            }
            """;

    @Test
    void seedChangesInterleavingWithSeveralPs() {
        Set<String> multi = new HashSet<>();
        Set<String> single = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            String out4 = Engine.open(cfg("interleave.go", INTERLEAVE, seed, 4)).run(null).stdout();
            assertEquals(out4, Engine.open(cfg("interleave.go", INTERLEAVE, seed, 4)).run(null).stdout(),
                    "the same seed gives the same interleaving");
            multi.add(out4);
            single.add(Engine.open(cfg("interleave.go", INTERLEAVE, seed, 1)).run(null).stdout());
        }
        assertTrue(multi.size() > 1, "GOMAXPROCS=4: the seed changes the interleaving: " + multi);
        assertTrue(multi.stream().anyMatch(o -> o.contains("01") && o.contains("10")),
                "GOMAXPROCS=4: the two goroutines really interleave: " + multi);
        assertEquals(Set.of("1".repeat(20) + "0".repeat(20) + "\n"), single,
                "GOMAXPROCS=1: no preemption in so short a run, the newest goroutine (runnext) runs first");
    }

    // ---------------------------------------------------------------- manual scheduling

    static final String TWO = """
            package main

            import "fmt"

            func main() {
            	done := make(chan bool)
            	go func() {
            		fmt.Println("A")
            		done <- true
            	}()
            	go func() {
            		fmt.Println("B")
            		done <- true
            	}()
            	<-done
            	<-done
            }
            """;

    @Test
    void manualChoiceChangesTheOutcome() {
        RunConfig c = cfg("two.go", TWO, 1, 1);
        assertEquals("B\nA\n", Engine.open(c).run(null).stdout(), "Go's order: the newest goroutine is in runnext");

        Session s = Engine.open(c);
        while (!s.done() && s.runnable().size() < 2) s.step();
        List<Long> ready = s.runnable();
        assertEquals(2, ready.size(), "both goroutines are runnable once created");
        long first = ready.stream().mapToLong(Long::longValue).min().orElseThrow();
        s.choose(first); // run the goroutine created first (the one printing A) next
        RunResult r = s.run(null);
        assertEquals("A\nB\n", r.stdout());
        assertEquals(1, s.choices().size());
        assertEquals(first, s.choices().get(0)[1]);
    }

    @TestFactory
    List<DynamicTest> recordedChoicesReplay() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ConcurrentCorpus.Program p : ConcurrentCorpus.programs()) {
            if (!List.of("15_pipeline.go", "16_fanin_fanout.go", "17_worker_pool.go", "18_prime_sieve.go", "43_numgoroutine.go").contains(p.name())) {
                continue;
            }
            for (int procs : new int[]{1, 4}) {
                tests.add(DynamicTest.dynamicTest(p.name() + " maxprocs " + procs, () -> {
                    RunConfig c = cfg(p.name(), p.source(), 3, procs);
                    // record: when several goroutines could run, pick the last one (the first time, then every
                    // third step, for the first 300 steps: always preferring one goroutine can starve the
                    // others forever, e.g. a Gosched loop waiting for them, as it would in Go)
                    Session s = Engine.open(c);
                    List<String> recorded = new ArrayList<>();
                    recorded.add(Json.write(s.snapshot()));
                    while (!s.done()) {
                        List<Long> r = s.runnable();
                        if (!r.isEmpty() && s.steps() < 300 && (s.choices().isEmpty() || s.steps() % 3 == 0)) s.choose(r.get(r.size() - 1));
                        recorded.add(Json.write(s.step()));
                    }
                    List<long[]> choices = s.choices();
                    assertFalse(choices.isEmpty(), "some choices were made");
                    List<String> plain = trace(c);
                    assertNotEquals(plain, recorded, "the choices changed the run");

                    // replay: the same inputs and the recorded (step, goid) list give the same trace
                    Session t = Engine.open(c);
                    List<String> replayed = new ArrayList<>();
                    replayed.add(Json.write(t.snapshot()));
                    int k = 0;
                    while (!t.done()) {
                        while (k < choices.size() && choices.get(k)[0] == t.steps()) t.choose(choices.get(k++)[1]);
                        replayed.add(Json.write(t.step()));
                    }
                    assertEquals(choices.size(), k, "every recorded choice was applied");
                    assertEquals(recorded.size(), replayed.size(), "number of steps");
                    for (int i = 0; i < recorded.size(); i++) {
                        assertEquals(recorded.get(i), replayed.get(i), "snapshot of step " + i);
                    }
                    assertEquals(s.result(), t.result());
                }));
            }
        }
        return tests;
    }
}
