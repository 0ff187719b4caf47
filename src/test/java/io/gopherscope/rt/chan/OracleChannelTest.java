package io.gopherscope.rt.chan;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.trace.Snapshot;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reproduces the channel tables measured on real Go 1.19 ({@code ../shared/oracle}, probe
 * {@code probes/chanorder.go}) with the interpreter, under {@code --go 1.19} and GOMAXPROCS=1:
 * <ul>
 *   <li>{@code chan_ring.tsv} row by row, reading {@code qcount sendx recvx buf recvq sendq} of
 *       the {@code hchan} object in the snapshot taken after each operation;</li>
 *   <li>{@code chan_order.tsv}: FIFO service of parked senders and receivers, hand-off that
 *       bypasses the buffer, close panicking parked senders, uniform select;</li>
 *   <li>{@code sched_order.tsv}: run order of new and woken goroutines (runnext, run queue,
 *       global queue), the stable rows and the majority order of {@code go_then_gosched}.</li>
 * </ul>
 * Where the probe waits until a goroutine is visibly parked, the programs here call
 * {@code runtime.Gosched()}: with one P the new goroutine (in runnext) runs and parks before main
 * comes back from the global queue.
 */
class OracleChannelTest {

    static RunConfig config(String name, String src, long seed) {
        return RunConfig.of(name, src).withGo("1.19").withMaxProcs(1).withSeed(seed).withMaxSteps(5_000_000);
    }

    static RunResult run(String name, String src, long seed) {
        Session s = Engine.open(config(name, src, seed));
        assertTrue(s.diagnostics().isEmpty(), () -> "compile errors in\n" + src + "\n" + s.diagnostics());
        RunResult r = s.run(null);
        assertEquals("", r.stderr(), () -> "stderr of\n" + src);
        assertEquals(0, r.exitCode());
        return r;
    }

    // ---------------------------------------------------------------- chan_ring.tsv

    /** The Go statement(s) performing each row's operation, in row order (all on one line each). */
    private static final List<String> RING_OPS = List.of(
            "ch := make(chan int, 3)",
            "ch <- 1",
            "ch <- 2",
            "v = <-ch",
            "ch <- 3",
            "ch <- 4",
            "v = <-ch",
            "ch <- 5",
            "go func() { ch <- 6 }(); runtime.Gosched()",
            "go func() { ch <- 7 }(); runtime.Gosched()",
            "v = <-ch",
            "v = <-ch",
            "v = <-ch",
            "v = <-ch",
            "v = <-ch",
            "go func() { got <- <-ch }(); runtime.Gosched()",
            "ch <- 8",
            "v = <-got",
            "ch <- 9",
            "close(ch)",
            "v = <-ch",
            "v, ok = <-ch");

    /** Lines before the first operation (the program's first line is line 1). */
    private static final List<String> RING_HEAD = List.of(
            "package main", "", "import \"runtime\"", "", "func main() {",
            "var v int", "var ok bool", "got := make(chan int)");

    @TestFactory
    List<DynamicTest> chanRing() {
        List<String[]> rows = OracleTables.rows("chan_ring.tsv", "step");
        assertEquals(RING_OPS.size(), rows.size(), "one operation per row");
        StringBuilder src = new StringBuilder();
        for (String l : RING_HEAD) src.append(l).append('\n');
        int firstOpLine = RING_HEAD.size() + 1;
        for (String op : RING_OPS) src.append(op).append('\n');
        src.append("_ = v\n_ = ok\n}\n");

        Session s = Engine.open(config("ring.go", src.toString(), 1));
        assertTrue(s.diagnostics().isEmpty(), () -> s.diagnostics().toString());
        List<Snapshot> snaps = new ArrayList<>();
        snaps.add(s.snapshot());
        while (!s.done()) snaps.add(s.step());
        assertEquals("", s.result().stderr());

        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int line = firstOpLine + i;
            tests.add(DynamicTest.dynamicTest(r[0] + " " + r[1], () -> {
                Snapshot after = afterMainLine(snaps, line);
                Map<String, Object> main = mainLocals(after);
                Map<String, Object> h = after.objects().get(ref(main.get("ch")));
                assertEquals("hchan", h.get("kind"));
                String got = h.get("qcount") + " " + h.get("sendx") + " " + h.get("recvx") + " "
                        + join((List<?>) h.get("buf")) + " " + ((List<?>) h.get("recvq")).size() + " "
                        + ((List<?>) h.get("sendq")).size();
                String want = r[3] + " " + r[4] + " " + r[5] + " " + r[6] + " " + r[7] + " " + r[8];
                assertEquals(want, got, "qcount sendx recvx buf recvq sendq after '" + r[1] + "'");
                if (!r[2].isEmpty()) {
                    String result = r[2].contains(" ") ? main.get("v") + " " + main.get("ok") : String.valueOf(main.get("v"));
                    assertEquals(r[2], result, "value received");
                }
            }));
        }
        return tests;
    }

    /**
     * The state after main's statement on {@code line}: the last snapshot before main executes a
     * statement on another line (other goroutines may run in between, e.g. to park).
     */
    static Snapshot afterMainLine(List<Snapshot> snaps, int line) {
        int i = 0;
        while (i < snaps.size() && !(snaps.get(i).goid() == 1 && snaps.get(i).line() == line && snaps.get(i).step() > 0)) i++;
        if (i == snaps.size()) throw new AssertionError("main never executed line " + line);
        int j = i + 1;
        while (j < snaps.size() && !(snaps.get(j).goid() == 1 && snaps.get(j).line() != line)) j++;
        return snaps.get(j - 1);
    }

    static Map<String, Object> mainLocals(Snapshot s) {
        for (Snapshot.GoroutineState g : s.goroutines()) {
            if (g.goid() == 1) return g.frames().get(0).locals();
        }
        throw new AssertionError("no main goroutine in step " + s.step());
    }

    static String ref(Object v) {
        return (String) ((Map<?, ?>) v).get("ref");
    }

    static String join(List<?> l) {
        return l.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    // ---------------------------------------------------------------- chan_order.tsv

    private static final String SENDERS = """
            package main

            import (
            	"fmt"
            	"runtime"
            )

            func main() {
            	ch := make(chan int, CAP)
            	for i := 0; i < CAP; i++ {
            		ch <- 100 + i
            	}
            	for i := 1; i <= N; i++ {
            		go func(v int) { ch <- v }(i)
            		runtime.Gosched() // the sender parks on sendq before the next one starts
            	}
            	for i := 0; i < CAP+N; i++ {
            		if i > 0 {
            			fmt.Print(",")
            		}
            		fmt.Print(<-ch)
            	}
            	fmt.Println()
            }
            """;

    private static final String RECEIVERS = """
            package main

            import (
            	"fmt"
            	"runtime"
            )

            type res struct{ id, v int }

            func main() {
            	useSelect := SELECT
            	ch := make(chan int, CAP)
            	never := make(chan int)
            	results := make(chan res, N)
            	for i := 1; i <= N; i++ {
            		if useSelect && i%2 == 0 {
            			go func(id int) {
            				select {
            				case v := <-ch:
            					results <- res{id, v}
            				case <-never:
            				}
            			}(i)
            		} else {
            			go func(id int) { results <- res{id, <-ch} }(i)
            		}
            		runtime.Gosched() // the receiver parks on recvq before the next one starts
            	}
            	for i := 1; i <= N; i++ {
            		ch <- 10 * i
            	}
            	qc := len(ch)
            	got := make([]int, N+1)
            	for i := 0; i < N; i++ {
            		x := <-results
            		got[x.id] = x.v
            	}
            	for i := 1; i <= N; i++ {
            		if i > 1 {
            			fmt.Print(",")
            		}
            		fmt.Print(got[i])
            	}
            	fmt.Println()
            	fmt.Println(qc)
            }
            """;

    private static final String CLOSE_SENDERS = """
            package main

            import (
            	"fmt"
            	"runtime"
            )

            func main() {
            	ch := make(chan int, CAP)
            	for i := 0; i < CAP; i++ {
            		ch <- i
            	}
            	panics := make(chan bool, N)
            	for i := 1; i <= N; i++ {
            		go func(v int) {
            			defer func() { panics <- recover() != nil }()
            			ch <- v
            		}(i)
            		runtime.Gosched()
            	}
            	close(ch)
            	count := 0
            	for i := 0; i < N; i++ {
            		if <-panics {
            			count++
            		}
            	}
            	fmt.Println(count)
            }
            """;

    /** The probe's selectShares: a select whose cases are all ready, TRIALS times, refilled after each choice. */
    private static final String SELECT = """
            package main

            import "fmt"

            func main() {
            	k, withDefault, closedFirst, trials := K, DEFAULT, CLOSED, TRIALS
            	chs := make([]chan int, 4)
            	for i := range chs {
            		chs[i] = make(chan int, 1)
            		if i < k {
            			chs[i] <- i
            		}
            	}
            	if closedFirst {
            		chs[0] = make(chan int)
            		close(chs[0])
            	}
            	counts := make([]int, k)
            	defaults := 0
            	for t := 0; t < trials; t++ {
            		chosen := -1
            		if withDefault {
            			select {
            			case <-chs[0]:
            				chosen = 0
            			case <-chs[1]:
            				chosen = 1
            			default:
            			}
            		} else if k == 2 {
            			select {
            			case <-chs[0]:
            				chosen = 0
            			case <-chs[1]:
            				chosen = 1
            			}
            		} else if k == 3 {
            			select {
            			case <-chs[0]:
            				chosen = 0
            			case <-chs[1]:
            				chosen = 1
            			case <-chs[2]:
            				chosen = 2
            			}
            		} else {
            			select {
            			case <-chs[0]:
            				chosen = 0
            			case <-chs[1]:
            				chosen = 1
            			case <-chs[2]:
            				chosen = 2
            			case <-chs[3]:
            				chosen = 3
            			}
            		}
            		if chosen < 0 {
            			defaults++
            			continue
            		}
            		counts[chosen]++
            		if !(closedFirst && chosen == 0) {
            			chs[chosen] <- chosen
            		}
            	}
            	all, uniform := true, true
            	for _, c := range counts {
            		share := float64(c) / float64(trials)
            		if c == 0 {
            			all = false
            		}
            		if d := share - 1/float64(k); d > 0.03 || d < -0.03 {
            			uniform = false
            		}
            	}
            	fmt.Println(all, uniform, defaults)
            }
            """;

    @TestFactory
    List<DynamicTest> chanOrder() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] r : OracleTables.rows("chan_order.tsv", "section")) {
            String name = String.join(" ", r);
            switch (r[0]) {
                case "senders" -> tests.add(DynamicTest.dynamicTest(name, () -> {
                    assertEquals("true", r[4], "the oracle row is stable");
                    String src = SENDERS.replace("CAP", r[1]).replace("N", r[2]);
                    assertEquals(r[3] + "\n", run("senders.go", src, 1).stdout(), "receive order");
                }));
                case "receivers" -> tests.add(DynamicTest.dynamicTest(name, () -> {
                    assertEquals("true", r[6], "the oracle row is stable");
                    String src = RECEIVERS.replace("SELECT", r[3]).replace("CAP", r[1]).replace("N", r[2]);
                    assertEquals(r[4] + "\n" + r[5] + "\n", run("receivers.go", src, 1).stdout(),
                            "value per receiver, then len(ch) after the sends");
                }));
                case "close_senders" -> tests.add(DynamicTest.dynamicTest(name, () -> {
                    String src = CLOSE_SENDERS.replace("CAP", r[1]).replace("N", r[2]);
                    assertEquals(r[3] + "\n", run("close_senders.go", src, 1).stdout(), "senders that panicked");
                }));
                case "select" -> tests.add(DynamicTest.dynamicTest(name, () -> {
                    String src = SELECT.replace("TRIALS", r[4]).replace("K", r[1]).replace("DEFAULT", r[2])
                            .replace("CLOSED", r[3]);
                    for (long seed = 1; seed <= 2; seed++) {
                        assertEquals(r[5] + " " + r[6] + " " + r[7] + "\n", run("select.go", src, seed).stdout(),
                                "all_chosen uniform default_taken (seed " + seed + ")");
                    }
                }));
                default -> throw new AssertionError("unknown section " + r[0]);
            }
        }
        assertEquals(49, tests.size(), "every data row of chan_order.tsv");
        return tests;
    }

    // ---------------------------------------------------------------- sched_order.tsv

    private static final String START_ORDER = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"sync"
            )

            func main() {
            	var mu sync.Mutex
            	var order []int
            	var wg sync.WaitGroup
            	wg.Add(N)
            	for i := 1; i <= N; i++ {
            		go func(id int) {
            			mu.Lock()
            			order = append(order, id)
            			mu.Unlock()
            			wg.Done()
            		}(i)
            	}
            	if GOSCHED {
            		runtime.Gosched()
            		mu.Lock()
            		order = append(order, 0) // 0 = main resumed after its Gosched
            		mu.Unlock()
            	}
            	wg.Wait()
            	for i, id := range order {
            		if i > 0 {
            			fmt.Print(",")
            		}
            		fmt.Print(id)
            	}
            	fmt.Println()
            }
            """;

    private static final String WAKE_ORDER = """
            package main

            import (
            	"fmt"
            	"runtime"
            	"sync"
            )

            func main() {
            	viaSend := VIASEND
            	ch := make(chan int)
            	var mu sync.Mutex
            	var order []int
            	var wg sync.WaitGroup
            	wg.Add(N)
            	for i := 1; i <= N; i++ {
            		go func(id int) {
            			<-ch
            			mu.Lock()
            			order = append(order, id)
            			mu.Unlock()
            			wg.Done()
            		}(i)
            		runtime.Gosched() // receiver i parks on recvq before receiver i+1 starts
            	}
            	if viaSend {
            		for i := 0; i < N; i++ {
            			ch <- i
            		}
            	} else {
            		close(ch)
            	}
            	wg.Wait()
            	for i, id := range order {
            		if i > 0 {
            			fmt.Print(",")
            		}
            		fmt.Print(id)
            	}
            	fmt.Println()
            }
            """;

    @TestFactory
    List<DynamicTest> schedOrder() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] r : OracleTables.rows("sched_order.tsv", "experiment")) {
            String exp = r[0];
            String n = r[1];
            String want = r[2];
            boolean stable = r[3].equals("true");
            // unstable rows: only go_then_gosched, whose majority order is checked
            if (!stable && !exp.equals("go_then_gosched")) continue;
            String src = switch (exp) {
                case "go_then_block" -> START_ORDER.replace("GOSCHED", "false").replace("N", n);
                case "go_then_gosched" -> START_ORDER.replace("GOSCHED", "true").replace("N", n);
                case "close_wakeup" -> WAKE_ORDER.replace("VIASEND", "false").replace("N", n);
                case "send_wakeup" -> WAKE_ORDER.replace("VIASEND", "true").replace("N", n);
                default -> throw new AssertionError("unknown experiment " + exp);
            };
            tests.add(DynamicTest.dynamicTest(String.join(" ", r), () -> {
                for (long seed = 1; seed <= 3; seed++) {
                    assertEquals(want + "\n", run(exp + ".go", src, seed).stdout(),
                            "run order with GOMAXPROCS=1 (seed " + seed + ")" + (stable ? "" : ", majority order"));
                }
            }));
        }
        assertEquals(24, tests.size(), "every row of sched_order.tsv");
        return tests;
    }
}
