package io.gopherscope.rt.sched;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.GStatus;
import io.gopherscope.rt.Goroutine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@code schedtick} counts time slices as {@code execute(gp, inheritTime)} does in Go 1.19's
 * {@code proc.go}: a goroutine taken from {@code runnext} inherits the slice and does not advance
 * the tick, so the every-61st-tick poll of the global run queue never comes while two goroutines
 * hand the P to each other through runnext.
 */
class SchedtickTest {

    @Test
    void runnextInheritsTheTimeSlice() {
        Scheduler s = new Scheduler(1, new FastRand(1), 6);
        Processor p = s.ps[0];
        Goroutine main = s.newMain();
        assertEquals(1, p.schedtick, "main's own slice");
        Goroutine a = s.newproc(p, main, "main.main", "main.a");
        Goroutine b = s.newproc(p, main, "main.main", "main.b"); // runnext b, a kicked to the ring
        s.gopark(p, main, "chan receive");
        assertSame(b, s.schedule(p));
        assertEquals(1, p.schedtick, "from runnext: same slice");
        s.exit(p, b);
        assertSame(a, s.schedule(p));
        assertEquals(2, p.schedtick, "from the ring: a new slice");
    }

    @Test
    void globalQueueIsPolledEvery61stSlice() {
        Scheduler s = new Scheduler(1, new FastRand(1), 6);
        Processor p = s.ps[0];
        Goroutine main = s.newMain();
        Goroutine other = s.newproc(p, main, "main.main", "main.other");
        s.take(other);
        s.yieldToGlobal(p, other);
        Goroutine[] ring = new Goroutine[80];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = s.newproc(p, main, "main.main", "main.w");
            s.take(ring[i]);
            s.runqput(p, ring[i], false);
        }
        s.gopark(p, main, "semacquire");
        int taken = 0;
        while (true) {
            Goroutine g = s.schedule(p);
            if (g == other) break;
            assertEquals(GStatus.RUNNING, g.status);
            s.exit(p, g);
            taken++;
        }
        assertEquals(60, taken, "ticks 1..60 from the ring, at tick 61 the global queue goes first");
    }

    /** Main and a partner ping-pong through runnext while 129 goroutines wait in the global queue. */
    static final String PING_PONG = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"sync"
            )

            func main() {
            	ping := make(chan int)
            	pong := make(chan int)
            	go func() {
            		for v := range ping {
            			pong <- v
            		}
            	}()
            	runtime.Gosched() // the partner parks on ping
            	var wg sync.WaitGroup
            	ran := 0
            	for i := 0; i < 300; i++ {
            		wg.Add(1)
            		go func() {
            			ran++
            			wg.Done()
            		}()
            	}
            	// runnext, a full local run queue (256), and 129 goroutines moved to the global queue
            	for i := 0; i < 1000; i++ {
            		ping <- i
            		<-pong
            	}
            	fmt.Println("ran during the ping-pong:", ran)
            	wg.Wait()
            	fmt.Println("ran after Wait:", ran)
            }
            """;

    @Test
    void handOffThroughRunnextStarvesTheGlobalQueue() {
        RunResult r = Engine.open(RunConfig.of("pingpong.go", PING_PONG).withGo("1.19").withMaxProcs(1)).run(null);
        assertEquals("ran during the ping-pong: 0\nran after Wait: 300\n", r.stdout(), r.stderr());
    }
}
