package io.gopherscope.bench;

import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * JMH microbenchmarks for the interpreter's hot paths, through the engine façade only.
 * Run with {@code mvn -q test-compile exec:exec@jmh} (the pom runs {@code io.gopherscope.bench.*}).
 *
 * <p>A {@link Session} compiles its program when it is opened and runs once, so every
 * {@code run*} benchmark opens a fresh session in a {@code Level.Invocation} setup (not timed)
 * and times only {@link Session#run}: the numbers are pure execution time. {@link #compileFib}
 * times parsing + type checking + code generation on its own. Each state checks once per trial
 * that its program prints what real Go prints, so a broken engine fails the benchmark instead
 * of measuring a fast crash.
 *
 * <p>Not a unit test: the name ends in {@code Benchmark} and there are no {@code @Test}
 * methods, so surefire does not pick it up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InterpreterBenchmark {

    static final String GO = "1.23";

    static final String FIB20 = """
            package main

            import "fmt"

            func fib(n int) int {
                if n < 2 {
                    return n
                }
                return fib(n-1) + fib(n-2)
            }

            func main() {
                fmt.Println(fib(20))
            }
            """;

    static final String LOOP = """
            package main

            import "fmt"

            func main() {
                s := 0
                for i := 0; i < 1000000; i++ {
                    s += i % 7
                }
                fmt.Println(s)
            }
            """;

    static final String PINGPONG = """
            package main

            import "fmt"

            func main() {
                ping, pong := make(chan int), make(chan int)
                go func() {
                    for v := range ping {
                        pong <- v + 1
                    }
                }()
                n := 0
                for i := 0; i < 10000; i++ {
                    ping <- n
                    n = <-pong
                }
                close(ping)
                fmt.Println(n)
            }
            """;

    static final String MAPS = """
            package main

            import "fmt"

            func main() {
                m := make(map[int]int)
                for i := 0; i < 10000; i++ {
                    m[i*3] = i
                }
                hits, sum := 0, 0
                for i := 0; i < 10000; i++ {
                    if v, ok := m[i]; ok {
                        hits++
                        sum += v
                    }
                }
                fmt.Println(len(m), hits, sum)
            }
            """;

    static final String APPENDS = """
            package main

            import "fmt"

            func main() {
                var s []int
                for i := 0; i < 100000; i++ {
                    s = append(s, i)
                }
                fmt.Println(len(s), s[len(s)-1])
            }
            """;

    static Session open(String src) {
        return Engine.open(RunConfig.of("b.go", src).withGo(GO));
    }

    /** Runs {@code src} once and fails unless it exits 0 printing {@code expected}. */
    static void check(String name, String src, String expected) {
        RunResult r = open(src).run(null);
        if (r.exitCode() != 0 || !r.stdout().equals(expected)) {
            throw new IllegalStateException(name + ": exit " + r.exitCode() + ", stdout " + r.stdout()
                    + ", stderr " + r.stderr() + " (expected " + expected.strip() + ")");
        }
    }

    /** Common part of the per-program states: a fresh compiled session before every invocation. */
    public abstract static class Prog {
        Session session;

        abstract String source();

        void open() {
            session = InterpreterBenchmark.open(source());
        }
    }

    @State(Scope.Thread)
    public static class Fib20 extends Prog {
        @Override
        String source() {
            return FIB20;
        }

        @Setup(Level.Trial)
        public void verify() {
            check("fib20", FIB20, "6765\n");
        }

        @Setup(Level.Invocation)
        public void fresh() {
            open();
        }
    }

    @State(Scope.Thread)
    public static class Loop extends Prog {
        @Override
        String source() {
            return LOOP;
        }

        @Setup(Level.Trial)
        public void verify() {
            check("loop", LOOP, "2999997\n");
        }

        @Setup(Level.Invocation)
        public void fresh() {
            open();
        }
    }

    @State(Scope.Thread)
    public static class PingPong extends Prog {
        @Override
        String source() {
            return PINGPONG;
        }

        @Setup(Level.Trial)
        public void verify() {
            check("pingpong", PINGPONG, "10000\n");
        }

        @Setup(Level.Invocation)
        public void fresh() {
            open();
        }
    }

    @State(Scope.Thread)
    public static class Maps extends Prog {
        @Override
        String source() {
            return MAPS;
        }

        @Setup(Level.Trial)
        public void verify() {
            check("maps", MAPS, "10000 3334 5556111\n");
        }

        @Setup(Level.Invocation)
        public void fresh() {
            open();
        }
    }

    @State(Scope.Thread)
    public static class Appends extends Prog {
        @Override
        String source() {
            return APPENDS;
        }

        @Setup(Level.Trial)
        public void verify() {
            check("appends", APPENDS, "100000 99999\n");
        }

        @Setup(Level.Invocation)
        public void fresh() {
            open();
        }
    }

    /** fib(20): 21,891 calls; frame allocation, argument passing, int compare and add. */
    @Benchmark
    public RunResult runFib20(Fib20 p) {
        return p.session.run(null);
    }

    /** {@code for i := 0; i < 1e6; i++ { s += i % 7 }}: the instruction dispatch loop itself. */
    @Benchmark
    public RunResult runIntLoop1M(Loop p) {
        return p.session.run(null);
    }

    /** 10,000 round trips over two unbuffered channels: park/ready and goroutine switches. */
    @Benchmark
    public RunResult runChanPingPong10k(PingPong p) {
        return p.session.run(null);
    }

    /** 10,000 map inserts (with growth) and 10,000 comma-ok lookups. */
    @Benchmark
    public RunResult runMapInsertLookup10k(Maps p) {
        return p.session.run(null);
    }

    /** 100,000 appends to a nil slice (growslice). */
    @Benchmark
    public RunResult runAppend100k(Appends p) {
        return p.session.run(null);
    }

    /** Parse, type-check and compile the fib program (no run): the fixed cost of every run. */
    @Benchmark
    public Session compileFib() {
        return open(FIB20);
    }
}
