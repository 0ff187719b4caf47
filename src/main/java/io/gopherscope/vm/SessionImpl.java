package io.gopherscope.vm;

import io.gopherscope.compile.Compiler;
import io.gopherscope.compile.Program;
import io.gopherscope.engine.Diagnostic;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.engine.TraceListener;
import io.gopherscope.lang.parser.Parser;
import io.gopherscope.lang.scanner.SyntaxError;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Values;
import io.gopherscope.trace.Snapshot;

import java.util.ArrayList;
import java.util.List;

/** A {@link Session}: compiles on creation, then steps the {@link Machine}. */
final class SessionImpl implements Session {
    static final int MAX_SOURCE_BYTES = 256 * 1024;

    private final RunConfig cfg;
    private final Machine m;
    private final List<Diagnostic> diags = new ArrayList<>();
    private boolean done;
    private RunResult result;
    private final List<long[]> choices = new ArrayList<>();
    private final SnapshotBuilder snaps;

    SessionImpl(RunConfig cfg) {
        this.cfg = cfg;
        this.m = new Machine(cfg);
        this.snaps = new SnapshotBuilder(m);
        String src = cfg.source();
        if (src.length() > MAX_SOURCE_BYTES) {
            diags.add(new Diagnostic(1, 1, "source file too large (" + src.length() + " bytes; the limit is " + MAX_SOURCE_BYTES + ")"));
            finishCompileError();
            return;
        }
        Program prog = null;
        try {
            Parser.Result pr = Parser.parse(src, cfg.goMinor());
            for (SyntaxError e : pr.errors().sorted()) diags.add(new Diagnostic(e.line(), e.col(), e.message()));
            // gc stops after parsing only for "syntax error: ..." messages; the parser's other
            // errors (misplaced break, unused label, "expression in go must be function call")
            // are reported together with the type checker's (noder's checkFiles)
            boolean syntaxErrors = diags.stream().anyMatch(d -> d.message().startsWith("syntax error"));
            if (!syntaxErrors) {
                Compiler c = new Compiler(m, cfg.goMinor(), cfg.fileName());
                prog = c.compile(pr.file());
                if (!diags.isEmpty()) {
                    prog = null;
                    mergeErrors(c.errors());
                } else {
                    diags.addAll(c.errors());
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            diags.add(new Diagnostic(1, 1, "internal compiler error: " + e));
        }
        if (!diags.isEmpty() || prog == null) {
            finishCompileError();
            return;
        }
        m.start(prog.main(), prog.init(), prog.firstUserGoid());
    }

    /** Adds the checker's errors to the parser's, sorted by position, dropping exact repeats. */
    private void mergeErrors(List<Diagnostic> more) {
        for (Diagnostic d : more) if (!diags.contains(d)) diags.add(d);
        diags.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.col(), b.col()));
    }

    private void finishCompileError() {
        StringBuilder sb = new StringBuilder("# command-line-arguments\n");
        int n = 0;
        for (Diagnostic d : diags) {
            if (n == 10) {
                // gc stops at the tenth error and names its position: "prog.go:13:6: too many errors"
                Diagnostic last = diags.get(9);
                sb.append(cfg.fileName()).append(':').append(last.line()).append(':').append(last.col())
                        .append(": too many errors\n");
                break;
            }
            sb.append(d.format(cfg.fileName())).append('\n');
            n++;
        }
        done = true;
        result = new RunResult("", sb.toString(), 1, 0, null);
    }

    @Override
    public RunConfig config() {
        return cfg;
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diags);
    }

    @Override
    public boolean done() {
        return done;
    }

    @Override
    public Snapshot step() {
        if (!done) {
            runGuarded(1);
        }
        return snapshot();
    }

    private void runGuarded(long budget) {
        try {
            m.run(budget);
        } catch (io.gopherscope.rt.Throw | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            m.stderr.append("gopherscope: internal error: ").append(e).append('\n');
            m.exited = true;
            m.exitCode = 2;
        }
        if (m.exited) finish();
    }

    private void finish() {
        if (done) return;
        done = true;
        result = new RunResult(Values.javaString(m.stdout.toString()), Values.javaString(m.stderr.toString()),
                m.exitCode, m.steps, m.limitHit);
    }

    @Override
    public Snapshot snapshot() {
        return snaps.build();
    }

    @Override
    public RunResult run(TraceListener listener) {
        if (listener == null) {
            // nobody looks at the steps: skip building event labels
            m.recordEvents = false;
            while (!done) runGuarded(Long.MAX_VALUE / 4);
            m.recordEvents = true;
        } else {
            while (!done) listener.onStep(step());
        }
        return result;
    }

    @Override
    public RunResult result() {
        return result;
    }

    @Override
    public long steps() {
        return m.steps;
    }

    @Override
    public List<Long> runnable() {
        if (done || m.sched == null) return List.of();
        List<Long> out = new ArrayList<>();
        for (Goroutine g : m.sched.runnable()) out.add(g.goid);
        return out;
    }

    @Override
    public void choose(long goid) {
        for (Goroutine g : m.sched.runnable()) {
            if (g.goid == goid) {
                m.chosen = g;
                choices.add(new long[]{m.steps, goid});
                if (m.curG != null) {
                    // the running goroutine yields at this step so the chosen one runs next
                    m.gosched();
                }
                return;
            }
        }
        throw new IllegalArgumentException("goroutine " + goid + " is not runnable");
    }

    @Override
    public List<long[]> choices() {
        return List.copyOf(choices);
    }
}
