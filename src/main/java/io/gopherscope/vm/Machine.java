package io.gopherscope.vm;

import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.Session;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.ExitException;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.GStatus;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Goroutine;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.heap.Heap;
import io.gopherscope.rt.sched.Processor;
import io.gopherscope.rt.sched.Scheduler;
import io.gopherscope.rt.time.Timers;

/**
 * The goroutine interpreter: runs compiled instructions of the current goroutine, one at a
 * time, and calls into {@code rt} for every runtime operation. Goroutine state is data (frame
 * chains), so parking is leaving a goroutine where it stands and switching to another. This
 * class owns the run loop, calls, returns, deferred calls and panics; the scheduler decides who
 * runs ({@link Scheduler}).
 *
 * <p>Size: over 600 lines because the run loop, calls, defers and panics share the frame and
 * scheduling state; the planned split moves panics/defers and the Ctx services out.
 */
public final class Machine implements Ctx, io.gopherscope.rt.sched.RuntimePackage.Hooks {

    /** Opens a session: compiles the program; compile errors give a finished session. */
    public static Session open(RunConfig cfg) {
        return new SessionImpl(cfg);
    }

    final RunConfig cfg;
    final FastRand rand;
    final Heap heap;
    final Timers timers = new Timers();
    Scheduler sched;
    Processor curP;
    Goroutine curG;
    final int goMinor;
    final StringBuilder stdout = new StringBuilder();
    final StringBuilder stderr = new StringBuilder();

    /** Set by instructions that switch goroutines (park, yield, exit): the run loop reschedules. */
    boolean resched;
    /** Program finished: exit code known. */
    boolean exited;
    int exitCode;
    String limitHit;
    long steps;
    /** Instructions executed (a finer measure than steps, for time slices). */
    long instrs;
    /** Goroutine that moved in the last step, and where. */
    long lastGoid = 1;
    int lastLine, lastCol;
    /**
     * A goroutine's stack overflows, as in Go, when it would pass 1 GB ({@code maxstacksize} on
     * 64-bit systems), measured by the frames' estimated sizes ({@link Frame#stackBytes}); so that
     * the simulator's own memory stays bounded, also at a depth of five million calls.
     */
    static final long MAX_STACK_BYTES = 1_000_000_000L;
    static final int MAX_DEPTH = 5_000_000;
    /** Time slice: a goroutine running this many instructions without blocking is preempted. */
    static final long TIME_SLICE = 200_000;
    /** Nested synchronous calls from natives (String methods, sort.Slice's less). */
    int nativeDepth;
    /** Manual scheduling: goroutine chosen to run next, or null. */
    Goroutine chosen;
    /** True when this P gets a new goroutine at the next opportunity (after park/exit/yield). */
    final long startNanos = System.nanoTime();

    Machine(RunConfig cfg) {
        this.cfg = cfg;
        this.rand = new FastRand(cfg.seed());
        this.heap = new Heap(cfg.maxHeapBytes());
        this.heap.setCollector(() -> LiveHeap.count(this));
        this.goMinor = cfg.goMinor();
    }

    /** Package variables (roots for the heap budget's collector, {@link LiveHeap}). */
    final java.util.List<io.gopherscope.rt.Cell> globals = new java.util.ArrayList<>();

    @Override
    public void global(io.gopherscope.rt.Cell c) {
        globals.add(c);
    }

    /** Whether the run has more than one P (known before compiling). */
    public boolean multiProc() {
        return cfg.maxProcs() > 1;
    }

    /** More than one P: steps interleave between them. */
    boolean multiP;

    void start(FuncCode main, FuncCode init, long firstUserGoid) {
        sched = new Scheduler(Math.max(1, Math.min(8, cfg.maxProcs())), rand, firstUserGoid);
        multiP = sched.ps.length > 1;
        curP = sched.ps[0];
        curG = sched.newMain();
        curG.sliceLeft = TIME_SLICE;
        Frame mf = new Frame(main, null, null);
        curG.stack = mf;
        if (init != null) {
            Frame inf = new Frame(init, mf, null);
            curG.stack = inf;
        }
    }

    // ---------------------------------------------------------------- run loop

    /**
     * Runs until {@code stepBudget} statements have started (or the program ends). Returns
     * normally in both cases; {@link #exited} tells which.
     */
    void run(long stepBudget) {
        long targetSteps = steps + stepBudget;
        boolean first = true;
        while (!exited) {
            if (resched || curG == null) {
                // the step ended with a park, yield or exit: the next step starts by scheduling
                if (!first && steps >= targetSteps) return;
                if (recordEvents) {
                    events.clear();
                    genericEvent = false;
                }
                if (!reschedule()) return;
                newStep = true;
                continue;
            }
            Frame f = (Frame) curG.stack;
            Instr in = f.fn.code[f.pc];
            if (in.stmt || newStep || curG != stepG) {
                if (!first && steps >= targetSteps) return;
                if (multiP && !newStep && switchDecidedAt != steps) {
                    // one seeded decision per step boundary, whether stepping one at a time or running
                    switchDecidedAt = steps;
                    maybeSwitchP();
                    if (resched || curG == null || f != curG.stack) {
                        continue;
                    }
                }
                if (steps >= cfg.maxSteps()) {
                    limit("steps", "the program ran more than " + cfg.maxSteps() + " steps (raise it with --max-steps)");
                    return;
                }
                if ((steps & 0xfff) == 0 && cfg.wallMillis() > 0
                        && (System.nanoTime() - startNanos) / 1_000_000 > cfg.wallMillis()) {
                    limit("wall time", "the program ran longer than " + cfg.wallMillis() + " ms of real time");
                    return;
                }
                steps++;
                first = false;
                if (recordEvents) {
                    if (!newStep) {
                        events.clear();
                        genericEvent = false;
                    }
                    if (events.isEmpty()) {
                        events.add(in.stmt ? in.label : "resume G" + curG.goid);
                        genericEvent = in.stmt;
                    }
                }
                if (in.stmt) {
                    f.line = in.line;
                    lastLine = in.line;
                    lastCol = in.col;
                } else {
                    // a goroutine continues in the middle of a statement (after being woken)
                    lastLine = f.line;
                    lastCol = 0;
                }
                lastGoid = curG.goid;
                stepG = curG;
                newStep = false;
            }
            f.pc++;
            try {
                in.exec(this, f);
            } catch (GoPanic p) {
                startPanic(p);
            } catch (FatalError e) {
                fatal(e.getMessage(), e.dumpAll);
            } catch (ExitException e) {
                exit(e.code);
            } catch (io.gopherscope.rt.LimitExceeded e) {
                limit(e.limit, e.getMessage());
            } catch (io.gopherscope.rt.heap.HeapLimitException e) {
                limit("heap", e.getMessage());
            } catch (StackOverflowError e) {
                fatalStack();
            }
            instrs++;
            if (curG != null && !resched && !exited && --curG.sliceLeft <= 0) {
                preempt();
            }
        }
    }

    /** The step count at which the last P-switch decision was made. */
    long switchDecidedAt = -1;

    /** The goroutine whose step is in progress; a different goroutine running starts a new step. */
    Goroutine stepG;
    /** The next instruction starts a step even in the middle of a statement (after scheduling). */
    boolean newStep;
    /** Events of the current step, in order (the statement's label, then runtime operations). */
    final java.util.ArrayList<String> events = new java.util.ArrayList<>();
    /** The only event so far is the statement's generic label: the first runtime event replaces it. */
    boolean genericEvent;

    /** The current step's events as one label ({@code "chansend: direct to waiting receiver G6; goready G6"}). */
    String eventLabel() {
        if (events.isEmpty()) return steps == 0 ? "start" : "statement";
        return events.size() == 1 ? events.get(0) : String.join("; ", events);
    }

    private void limit(String name, String msg) {
        limitHit = name;
        stderr.append("gopherscope: ").append(msg).append('\n');
        exited = true;
        exitCode = 2;
    }

    /** Picks the next goroutine for the current P; runs checkdead and timers when nobody is runnable. */
    private boolean reschedule() {
        resched = false;
        if (curG != null && curG.status == GStatus.RUNNING) {
            // still running (e.g. after a nested native call): keep it
            return true;
        }
        curG = null;
        while (true) {
            timers.fireDue();
            if (findWork(curP)) return true;
            if (sched.ps.length > 1) {
                // this P is idle: continue with a P that runs a goroutine, or one that finds work
                for (Processor p : sched.ps) {
                    if (p.curg != null) {
                        curP = p;
                        curG = p.curg;
                        return true;
                    }
                }
                for (Processor p : sched.ps) {
                    if (p != curP && findWork(p)) return true;
                }
            }
            if (timers.pending()) {
                timers.advance();
                continue;
            }
            checkdead();
            return false;
        }
    }

    /** {@code schedule()} on p: takes the chosen goroutine (manual scheduling) or the scheduler's pick. */
    private boolean findWork(Processor p) {
        Goroutine g;
        if (chosen != null && sched.take(chosen)) {
            g = chosen;
            g.status = GStatus.RUNNING;
            p.curg = g;
            sched.lastFromRunnext = false;
        } else {
            g = sched.schedule(p);
        }
        chosen = null;
        if (g == null) return false;
        if (!sched.lastFromRunnext || g.sliceLeft <= 0) g.sliceLeft = TIME_SLICE;
        curP = p;
        curG = g;
        resume(g);
        return true;
    }

    /**
     * With GOMAXPROCS > 1 the Ps advance in an interleaved, seeded order: at each statement the
     * next step is taken by a random P among those running a goroutine (or idle with work queued).
     */
    private void maybeSwitchP() {
        Processor[] ps = sched.ps;
        int n = 0;
        boolean queued = !sched.globalq.isEmpty();
        for (Processor p : ps) {
            if (p.curg != null) n++;
            if (p.hasWork()) queued = true;
        }
        if (n == 0 || (n == 1 && !queued)) return;
        Processor[] cand = new Processor[ps.length];
        int k = 0;
        for (Processor p : ps) {
            if (p.curg != null || queued) cand[k++] = p;
        }
        Processor next = cand[rand.nextN(k)];
        if (next == curP) return;
        curP = next;
        curG = next.curg;
        if (curG == null) resched = true;
    }

    /** Runs the goroutine's resume action (delivering a received value, or panicking a sender). */
    private void resume(Goroutine g) {
        Runnable r = g.onResume;
        g.onResume = null;
        if (r != null) {
            try {
                r.run();
            } catch (GoPanic p) {
                startPanic(p);
            }
        }
    }

    private void preempt() {
        event("preempted G" + curG.goid);
        sched.yieldToGlobal(curP, curG);
        curG = null;
        resched = true;
    }

    /** {@code gopark} from an instruction: the current goroutine stops; the loop picks another. */
    @Override
    public void park(String reason, Runnable onResume) {
        curG.onResume = onResume;
        sched.gopark(curP, curG, reason);
        curG = null;
        resched = true;
    }

    /** Called after an rt operation already parked the current goroutine. */
    public void parked(Runnable onResume) {
        Goroutine g = curG;
        g.onResume = onResume;
        curG = null;
        resched = true;
    }

    @Override
    public void gosched() {
        sched.yieldToGlobal(curP, curG);
        curG = null;
        resched = true;
    }

    // ---------------------------------------------------------------- deadlock

    /** {@code checkdead}: nobody can run and no timer is pending. */
    private void checkdead() {
        event("checkdead");
        if (sched.allgs.isEmpty()) {
            fatal("no goroutines (main called runtime.Goexit) - deadlock!", false);
            return;
        }
        fatal("all goroutines are asleep - deadlock!", true);
    }

    void fatal(String msg, boolean dumpAll) {
        stderr.append("fatal error: ").append(msg).append('\n');
        if (dumpAll) {
            // the goroutine that hit the error comes first, then the others in allocation order
            if (curG != null) {
                stderr.append('\n');
                Traceback.goroutine(stderr, curG, "running", cfg.fileName(), goMinor);
            }
            for (Goroutine g : sched.allgs) {
                if (g == curG) continue;
                stderr.append('\n');
                Traceback.goroutine(stderr, g, statusWord(g), cfg.fileName(), goMinor);
            }
        }
        exited = true;
        exitCode = 2;
    }

    private void fatalStack() {
        stderr.append("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        fatal("stack overflow", false);
        // as newstack's throw: the overflowing goroutine's stack follows
        if (curG != null) {
            stderr.append('\n');
            Traceback.goroutine(stderr, curG, "running", cfg.fileName(), goMinor);
        }
    }

    static String statusWord(Goroutine g) {
        return g.status == GStatus.WAITING ? g.waitreason : g.status.word;
    }

    void exit(int code) {
        exited = true;
        exitCode = code;
    }

    // ---------------------------------------------------------------- calls

    /** Calls function value {@code fv} with {@code args}; results go to {@code dst} slots of {@code f}. */
    public void call(Frame f, Object fv, Object[] args, int[] dst) {
        if (fv instanceof Closure c) {
            enter(f, c.code, c, c.hasRecv ? prepend(c.recv, args) : args, dst);
        } else if (fv instanceof NativeFunc n) {
            Object r = n.call(this, args);
            if (r == TAIL) {
                Object tf = tailFn;
                Object[] ta = tailArgs;
                tailFn = null;
                tailArgs = null;
                call(f, tf, ta, dst);
                return;
            }
            if (dst != null && !resched) storeResults(f, dst, r);
        } else if (fv == null) {
            throw GoPanic.nilDeref();
        } else {
            throw new Throw("not a function: " + fv.getClass());
        }
    }

    /** A parameter that escapes: moved to a heap cell at function entry. */
    io.gopherscope.rt.Cell heapCell(Object v) {
        io.gopherscope.rt.Cell c = new io.gopherscope.rt.Cell(v);
        c.addr = heap.alloc(8);
        return c;
    }

    static Object[] prepend(Object recv, Object[] args) {
        Object[] a = new Object[args.length + 1];
        a[0] = recv;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    /** Pushes a new frame for {@code code}. */
    public Frame enter(Frame caller, FuncCode code, Closure c, Object[] args, int[] dst) {
        Frame nf = new Frame(code, caller, c);
        Object[] s = nf.s;
        boolean[] boxed = code.boxedParams;
        for (int i = 0; i < args.length; i++) {
            s[i] = boxed.length > i && boxed[i] ? heapCell(args[i]) : args[i];
        }
        nf.retDst = dst;
        curG.stack = nf;
        if (nf.stackBytes > MAX_STACK_BYTES || nf.depth > MAX_DEPTH) {
            throw new StackOverflowError();
        }
        return nf;
    }

    static void storeResults(Frame f, int[] dst, Object r) {
        if (dst.length == 1) {
            f.s[dst[0]] = r;
        } else if (dst.length > 1) {
            Object[] rs = (Object[]) r;
            for (int i = 0; i < dst.length; i++) f.s[dst[i]] = rs[i];
        }
    }

    /**
     * The frame finished (results in its result slots, defers drained): pop it and deliver the
     * results to the caller; the goroutine ends when its first frame returns.
     */
    void popFrame(Frame f) {
        Frame caller = f.caller;
        if (f.retDst != null && caller != null) {
            int base = f.fn.nparams;
            for (int i = 0; i < f.retDst.length; i++) {
                Object v = f.s[base + i];
                if (v instanceof io.gopherscope.rt.Cell cell && isBoxedResult(f.fn, base + i)) v = cell.v;
                caller.s[f.retDst[i]] = v;
            }
        }
        if (f.nativeBoundary) {
            nativeReturn = f;
        }
        curG.stack = caller;
        if (caller == null) {
            goexit();
        }
    }

    static boolean isBoxedResult(FuncCode fn, int slot) {
        return fn.boxedParams.length > slot && fn.boxedParams[slot];
    }

    /** The current goroutine's outermost function returned. */
    private void goexit() {
        Goroutine g = curG;
        if (g.goid == 1 && !(g.panicking instanceof PanicRec pr && pr.goexit)) {
            // main returned: the program exits, other goroutines are abandoned
            exit(0);
            return;
        }
        sched.exit(curP, g);
        curG = null;
        resched = true;
    }

    // ---------------------------------------------------------------- return / defer / panic

    /**
     * Return protocol: results are in place; run deferred calls LIFO, then pop. A deferred call
     * returns into this same instruction (the frame's pc is left on it) until none remain.
     */
    void doReturn(Frame f, int retPc) {
        f.returning = true;
        if (f.defers != null && !f.defers.isEmpty()) {
            Object[] d = f.defers.remove(f.defers.size() - 1);
            f.pc = retPc; // come back here after the deferred call
            callDeferred(f, d, null);
            return;
        }
        popFrame(f);
    }

    private void callDeferred(Frame f, Object[] d, PanicRec forPanic) {
        Object fv = d[0];
        Object[] args = (Object[]) d[1];
        if (fv instanceof Closure c) {
            Frame df = enter(f, c.code, c, c.hasRecv ? prepend(c.recv, args) : args, null);
            df.isDeferCall = true;
            df.deferOf = forPanic;
        } else {
            call(f, fv, args, null);
        }
    }

    /** {@code runtime.Goexit}: unwinds the goroutine running its deferred calls, then ends it. */
    @Override
    public void goexitStart() {
        PanicRec rec = new PanicRec(null, (PanicRec) curG.panicking);
        rec.goexit = true;
        curG.panicking = rec;
        event("runtime.Goexit");
        unwind();
    }

    /** A panic starts on the current goroutine. */
    void startPanic(GoPanic p) {
        Goroutine g = curG;
        PanicRec prev = (PanicRec) g.panicking;
        // a panic raised inside a deferred call that was run for an earlier panic aborts that one
        for (Frame x = (Frame) g.stack; x != null; x = x.caller) {
            if (x.isDeferCall && x.deferOf != null && !x.deferOf.recovered) {
                x.deferOf.aborted = true;
                break;
            }
        }
        PanicRec rec = new PanicRec(p, prev);
        rec.where = (Frame) g.stack;
        g.panicking = rec;
        event("panic");
        unwind();
    }

    /** Continues unwinding the current goroutine for its active panic. */
    void unwind() {
        Goroutine g = curG;
        PanicRec rec = (PanicRec) g.panicking;
        while (true) {
            Frame f = (Frame) g.stack;
            if (f == null) {
                uncaughtPanic(g, rec);
                return;
            }
            if (f.nativeBoundary && nativeDepth > 0) {
                // a panic inside a Go function called from Java (a String method, sort's less):
                // hand it back to the Java caller
                curG.stack = f.caller;
                nativePanic = rec.panic;
                g.panicking = rec.link;
                nativeReturn = f;
                return;
            }
            if (f.defers != null && !f.defers.isEmpty()) {
                Object[] d = f.defers.remove(f.defers.size() - 1);
                f.pc = f.fn.code.length - 1; // the PanicContinue instruction
                callDeferred(f, d, rec);
                return;
            }
            g.stack = f.caller;
        }
    }

    /** After a deferred call run by a panic returned into frame f. */
    void panicContinue(Frame f) {
        Goroutine g = curG;
        PanicRec rec = (PanicRec) g.panicking;
        if (rec != null && rec.recovered) {
            PanicRec next = rec.link;
            while (next != null && next.aborted) next = next.link;
            g.panicking = next;
            // the deferring function returns normally with its results as they stand
            doReturn(f, f.fn.code.length - 2);
            return;
        }
        unwind();
    }

    /** recover(): valid only directly inside a deferred call run by the active panic. */
    public Object recover(Frame f) {
        Goroutine g = curG;
        PanicRec rec = (PanicRec) g.panicking;
        if (rec == null || rec.goexit || rec.recovered || !f.isDeferCall || f.deferOf != rec) return null;
        rec.recovered = true;
        return rec.panic.value;
    }

    private void uncaughtPanic(Goroutine g, PanicRec rec) {
        if (rec.goexit) {
            // every deferred call ran: the goroutine ends (main too, without ending the program)
            event("goexit G" + g.goid);
            sched.exit(curP, g);
            curG = null;
            resched = true;
            return;
        }
        printPanics(rec);
        if (rec.panic.sigsegv) {
            stderr.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        stderr.append('\n');
        Traceback.goroutine(stderr, g, rec.where, "running", cfg.fileName(), goMinor);
        exited = true;
        exitCode = 2;
    }

    private void printPanics(PanicRec p) {
        if (p.link != null) {
            printPanics(p.link);
            stderr.append('\t');
        }
        stderr.append("panic: ").append(PanicPrinter.print(this, p.panic.value, goMinor));
        if (p.recovered) stderr.append(" [recovered]");
        stderr.append('\n');
    }

    // ---------------------------------------------------------------- goroutines

    /** {@code go f(args)}. */
    public void go(Frame f, Object fv, Object[] args) {
        newproc(f.fn.name, fv, args);
    }

    @Override
    public void spawn(Object fn, Object[] args, String createdBy) {
        newproc(createdBy, fn, args);
    }

    private void newproc(String createdBy, Object fv, Object[] args) {
        if (sched.liveCount() >= cfg.maxGoroutines()) {
            throw new io.gopherscope.rt.LimitExceeded("goroutines", "the program started more than " + cfg.maxGoroutines() + " goroutines at once (the sandbox's limit)");
        }
        if (fv == null) throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        String name = fv instanceof Closure c ? c.code.name : "native";
        Goroutine ng = sched.newproc(curP, curG, createdBy, name);
        Frame nf;
        if (fv instanceof Closure c) {
            nf = new Frame(c.code, null, c);
            Object[] a = c.hasRecv ? prepend(c.recv, args) : args;
            boolean[] boxed = c.code.boxedParams;
            for (int i = 0; i < a.length; i++) {
                nf.s[i] = boxed.length > i && boxed[i] ? heapCell(a[i]) : a[i];
            }
        } else {
            nf = NativeThunk.frame((NativeFunc) fv, args);
        }
        nf.line = nf.fn.line;
        ng.stack = nf;
        if (recordEvents) event("newproc G" + ng.goid);
    }

    // ---------------------------------------------------------------- synchronous calls from Java

    Frame nativeReturn;
    GoPanic nativePanic;

    /** Runs a Go function to completion on the current goroutine (nested run loop). */
    @Override
    public Object call(Object fn, Object[] args) {
        if (fn instanceof NativeFunc n) return n.call(this, args);
        Closure c = (Closure) fn;
        Goroutine g = curG;
        Frame top = (Frame) g.stack;
        int nres = c.code.nresults;
        Object[] resultBuf = new Object[nres];
        Frame nf = new Frame(c.code, top, c);
        Object[] a = c.hasRecv ? prepend(c.recv, args) : args;
        boolean[] boxed = c.code.boxedParams;
        for (int i = 0; i < a.length; i++) nf.s[i] = boxed.length > i && boxed[i] ? heapCell(a[i]) : a[i];
        nf.nativeBoundary = true;
        nf.retDst = null;
        g.stack = nf;
        nativeDepth++;
        Frame savedReturn = nativeReturn;
        nativeReturn = null;
        try {
            while (nativeReturn != nf) {
                if (exited) throw new ExitException(exitCode);
                if (curG != g || resched) {
                    throw new FatalError("gopherscope: a function called from a library function (such as a String method) blocked; this is not supported", false);
                }
                Frame f = (Frame) g.stack;
                Instr in = f.fn.code[f.pc++];
                try {
                    in.exec(this, f);
                } catch (GoPanic p) {
                    startPanic(p);
                }
                instrs++;
            }
        } finally {
            nativeDepth--;
            nativeReturn = savedReturn;
        }
        if (nativePanic != null) {
            GoPanic p = nativePanic;
            nativePanic = null;
            throw p;
        }
        for (int i = 0; i < nres; i++) {
            Object v = nf.s[c.code.nparams + i];
            if (v instanceof io.gopherscope.rt.Cell cell && isBoxedResult(c.code, c.code.nparams + i)) v = cell.v;
            resultBuf[i] = v;
        }
        return nres == 0 ? null : nres == 1 ? resultBuf[0] : resultBuf;
    }

    @Override
    public boolean hasMethod(Type t, String name) {
        return Methods.find(t, name) != null;
    }

    @Override
    public Object callMethod(Iface recv, String name, Object[] args) {
        Object fv = Methods.bind(this, recv.type(), recv.value(), name);
        if (fv == null) throw new Throw("no method " + name + " on " + recv.type());
        return call(fv, args);
    }

    // ---------------------------------------------------------------- Ctx

    @Override
    public Heap heap() {
        return heap;
    }

    @Override
    public FastRand rand() {
        return rand;
    }

    @Override
    public int goMinor() {
        return goMinor;
    }

    @Override
    public void writeStdout(String bytes) {
        stdout.append(bytes);
        checkOutput();
    }

    @Override
    public void writeStderr(String bytes) {
        stderr.append(bytes);
        checkOutput();
    }

    private void checkOutput() {
        if (stdout.length() + stderr.length() > cfg.maxOutputBytes()) {
            throw new io.gopherscope.rt.LimitExceeded("output", "the program wrote more than " + cfg.maxOutputBytes() + " bytes of output (the sandbox's limit)");
        }
    }

    /** False while running without anyone looking at steps (events are then not kept). */
    boolean recordEvents = true;

    @Override
    public boolean tracing() {
        return recordEvents;
    }

    @Override
    public void event(String label) {
        if (!recordEvents) return;
        if (genericEvent && events.size() == 1) {
            events.set(0, label);
            genericEvent = false;
        } else {
            events.add(label);
        }
    }

    @Override
    public Scheduler sched() {
        return sched;
    }

    @Override
    public Processor curP() {
        return curP;
    }

    @Override
    public Goroutine curG() {
        return curG;
    }

    @Override
    public Timers timers() {
        return timers;
    }

    @Override
    public void ready(Goroutine g) {
        if (recordEvents) event("goready G" + g.goid);
        sched.goready(curP, g);
    }

    private final java.util.Map<Object, Object> semtable = new java.util.IdentityHashMap<>();

    @Override
    public java.util.Map<Object, Object> semtable() {
        return semtable;
    }

    /** A pending tail call requested by a native (see {@link Ctx#tailCall}). */
    Object tailFn;
    Object[] tailArgs;
    static final Object TAIL = new Object();

    @Override
    public Object tailCall(Object fn, Object[] args) {
        tailFn = fn;
        tailArgs = args;
        return TAIL;
    }

    /** GOMAXPROCS as the program set it (the simulated P count stays as configured). */
    int gomaxprocs;

    @Override
    public int gomaxprocs() {
        return gomaxprocs == 0 ? sched.ps.length : gomaxprocs;
    }

    @Override
    public void setGomaxprocs(int n) {
        gomaxprocs = n;
    }
}
