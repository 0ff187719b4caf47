package io.gopherscope.rt.maps;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two goroutines writing one map: with several Ps a map store spans two steps with the writing
 * flag set, so some schedules interleave them and the runtime stops with Go's unrecoverable
 * {@code fatal error: concurrent map writes}. The failing schedule is found by trying seeds and
 * replays exactly.
 */
class ConcurrentMapAccessTest {

    static final String RACY = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	defer fmt.Println("deferred calls do not run after a fatal error")
            	m := map[int]int{}
            	var wg sync.WaitGroup
            	for g := 0; g < 2; g++ {
            		wg.Add(1)
            		go func(g int) {
            			defer wg.Done()
            			defer func() { recover() }()
            			for i := 0; i < 200; i++ {
            				m[i] = g
            			}
            		}(g)
            	}
            	wg.Wait()
            	fmt.Println(len(m))
            }
            """;

    private static RunResult run(int procs, long seed, String go) {
        return Engine.open(RunConfig.of("race.go", RACY).withGo(go).withMaxProcs(procs).withSeed(seed)).run(null);
    }

    @Test
    void aSeededScheduleInterleavesTwoWritersAndReplays() {
        long found = -1;
        for (long seed = 1; seed <= 20 && found < 0; seed++) {
            if (run(2, seed, "1.23").stderr().startsWith("fatal error: concurrent map writes")) found = seed;
        }
        assertThat(found).as("some seed in 1..20 interleaves the writers").isPositive();
        RunResult first = run(2, found, "1.23");
        RunResult again = run(2, found, "1.23");
        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.stdout()).as("neither recover nor deferred calls run").isEmpty();
        assertThat(again.stderr()).isEqualTo(first.stderr());
        assertThat(first.stderr()).contains("goroutine 1 [").contains("[running]:");
    }

    @Test
    void swissTablesDetectTheSameMisuse() {
        boolean seen = false;
        for (long seed = 1; seed <= 20 && !seen; seed++) {
            seen = run(4, seed, "1.24").stderr().startsWith("fatal error: concurrent map writes");
        }
        assertThat(seen).isTrue();
    }

    @Test
    void oneProcessorNeverInterleavesAMapWrite() {
        for (long seed = 1; seed <= 5; seed++) {
            RunResult r = run(1, seed, "1.23");
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).isEqualTo("200\ndeferred calls do not run after a fatal error\n");
        }
    }
}
