package io.gopherscope.rt.sync;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.fmt.Member;
import io.gopherscope.rt.fmt.Package;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code sync} package: {@code Mutex}, {@code RWMutex},
 * {@code WaitGroup}, {@code Once}, {@code Cond}, {@code Map}. State lives in the struct fields Go uses ({@code state},
 * {@code sema}, counters), so snapshots show it; blocked goroutines wait in the runtime's
 * semaphore table with the wait reason of the selected Go version ({@code semacquire} in 1.19,
 * {@code sync.Mutex.Lock} from 1.20, {@code sync.WaitGroup.Wait} from 1.24).
 */
public final class SyncPackage {
    private SyncPackage() {
    }

    static final Type.Signature VOID = new Type.Signature(List.of(), List.of(), false);

    public static final Named MUTEX = new Named("sync", "Mutex", new Type.Struct(List.of(
            new Type.Field("state", Basic.INT32, false), new Type.Field("sema", Basic.UINT32, false))));
    public static final Named RWMUTEX = new Named("sync", "RWMutex", new Type.Struct(List.of(
            new Type.Field("w", MUTEX, false), new Type.Field("writerWaiting", Basic.BOOL, false),
            new Type.Field("readerCount", Basic.INT32, false), new Type.Field("writer", Basic.BOOL, false))));
    public static final Named WAITGROUP = new Named("sync", "WaitGroup", new Type.Struct(List.of(
            new Type.Field("counter", Basic.INT32, false), new Type.Field("waiters", Basic.UINT32, false))));
    public static final Named ONCE = new Named("sync", "Once", new Type.Struct(List.of(
            new Type.Field("done", Basic.UINT32, false), new Type.Field("m", MUTEX, false))));
    static final Type ANY = io.gopherscope.rt.fmt.StdTypes.ANY;
    static final Type.Map ANY_MAP = new Type.Map(ANY, ANY);
    /** sync.Map, shown as the plain map it keeps (Go's read/dirty split is not modelled). */
    public static final Named MAP = new Named("sync", "Map", new Type.Struct(List.of(
            new Type.Field("m", ANY_MAP, false))));
    public static final Named LOCKER = new Named("sync", "Locker", new Type.Interface(List.of(
            new Type.Method("Lock", VOID), new Type.Method("Unlock", VOID))));

    /**
     * sync.Cond: the Locker and the runtime's notifyList counters ({@code wait}: tickets handed
     * out, {@code notify}: tickets notified). Waiters queue in ticket order in the semaphore table.
     */
    public static final Named COND = new Named("sync", "Cond", new Type.Struct(List.of(
            new Type.Field("L", LOCKER, false), new Type.Field("wait", Basic.UINT32, false),
            new Type.Field("notify", Basic.UINT32, false))));

    static {
        method(MUTEX, "Lock", VOID, (ctx, r, a) -> {
            lock(ctx, struct(r), ctx.goMinor() >= 20 ? "sync.Mutex.Lock" : "semacquire");
            return null;
        });
        method(MUTEX, "Unlock", VOID, (ctx, r, a) -> {
            unlock(ctx, struct(r), "sync: unlock of unlocked mutex");
            return null;
        });
        method(MUTEX, "TryLock", new Type.Signature(List.of(), List.of(Basic.BOOL), false), (ctx, r, a) -> {
            GoStruct m = struct(r);
            if ((Long) m.f[0] != 0) return false;
            m.f[0] = 1L;
            return true;
        });
        method(RWMUTEX, "Lock", VOID, (ctx, r, a) -> {
            rwLock(ctx, struct(r));
            return null;
        });
        method(RWMUTEX, "Unlock", VOID, (ctx, r, a) -> {
            rwUnlock(ctx, struct(r));
            return null;
        });
        method(RWMUTEX, "RLock", VOID, (ctx, r, a) -> {
            rLock(ctx, struct(r));
            return null;
        });
        method(RWMUTEX, "RUnlock", VOID, (ctx, r, a) -> {
            rUnlock(ctx, struct(r));
            return null;
        });
        method(WAITGROUP, "Add", new Type.Signature(List.of(Basic.INT), List.of(), false), (ctx, r, a) -> {
            wgAdd(ctx, struct(r), (Long) a[0]);
            return null;
        });
        method(WAITGROUP, "Done", VOID, (ctx, r, a) -> {
            wgAdd(ctx, struct(r), -1);
            return null;
        });
        method(WAITGROUP, "Wait", VOID, (ctx, r, a) -> {
            GoStruct wg = struct(r);
            if ((Long) wg.f[0] == 0) return null;
            wg.f[1] = (Long) wg.f[1] + 1;
            Sema.acquire(ctx, wg, ctx.goMinor() >= 24 ? "sync.WaitGroup.Wait" : "semacquire", false, null);
            return null;
        });
        method(ONCE, "Do", new Type.Signature(List.of(new Type.Signature(List.of(), List.of(), false)), List.of(), false), (ctx, r, a) -> {
            GoStruct o = struct(r);
            if ((Long) o.f[0] != 0) return null;
            o.f[0] = 1L;
            if (a[0] == null) throw GoPanic.nilDeref();
            return ctx.tailCall(a[0], new Object[0]);
        });
    }

    static {
        Type.Signature kv = new Type.Signature(List.of(ANY), List.of(ANY, Basic.BOOL), false);
        method(MAP, "Load", kv, (ctx, r, a) -> {
            Object v = syncMap(ctx, r).access(ctx, a[0]);
            return v == io.gopherscope.rt.maps.GoMap.ABSENT ? new Object[]{null, false} : new Object[]{v, true};
        });
        method(MAP, "Store", new Type.Signature(List.of(ANY, ANY), List.of(), false), (ctx, r, a) -> {
            syncMap(ctx, r).assign(ctx, a[0], a[1]);
            return null;
        });
        method(MAP, "LoadOrStore", new Type.Signature(List.of(ANY, ANY), List.of(ANY, Basic.BOOL), false), (ctx, r, a) -> {
            io.gopherscope.rt.maps.GoMap m = syncMap(ctx, r);
            Object v = m.access(ctx, a[0]);
            if (v != io.gopherscope.rt.maps.GoMap.ABSENT) return new Object[]{v, true};
            m.assign(ctx, a[0], a[1]);
            return new Object[]{a[1], false};
        });
        method(MAP, "LoadAndDelete", kv, (ctx, r, a) -> {
            io.gopherscope.rt.maps.GoMap m = syncMap(ctx, r);
            Object v = m.access(ctx, a[0]);
            if (v == io.gopherscope.rt.maps.GoMap.ABSENT) return new Object[]{null, false};
            m.delete(ctx, a[0]);
            return new Object[]{v, true};
        });
        method(MAP, "Delete", new Type.Signature(List.of(ANY), List.of(), false), (ctx, r, a) -> {
            syncMap(ctx, r).delete(ctx, a[0]);
            return null;
        });
        Type.Signature visit = new Type.Signature(List.of(ANY, ANY), List.of(Basic.BOOL), false);
        method(MAP, "Range", new Type.Signature(List.of(visit), List.of(), false), (ctx, r, a) -> {
            io.gopherscope.rt.maps.GoMap m = syncMap(ctx, r);
            java.util.List<Object[]> entries = new java.util.ArrayList<>();
            io.gopherscope.rt.maps.GoMap.MapIter it = m.iterate(ctx);
            while (it.next(ctx)) entries.add(new Object[]{it.key(), it.value()});
            for (Object[] e : entries) {
                if (!Boolean.TRUE.equals(ctx.call(a[0], new Object[]{e[0], e[1]}))) break;
            }
            return null;
        });
    }

    /** {@code rlocker}: an RWMutex seen as a Locker whose Lock and Unlock are RLock and RUnlock. */
    static final Named RLOCKER = new Named("sync", "rlocker", RWMUTEX.underlying());

    static {
        method(RWMUTEX, "RLocker", new Type.Signature(List.of(), List.of(LOCKER), false),
                (ctx, r, a) -> new Iface(new Type.Pointer(RLOCKER), r));
        method(RLOCKER, "Lock", VOID, (ctx, r, a) -> {
            rLock(ctx, struct(r));
            return null;
        });
        method(RLOCKER, "Unlock", VOID, (ctx, r, a) -> {
            rUnlock(ctx, struct(r));
            return null;
        });
    }

    static {
        method(COND, "Wait", VOID, (ctx, r, a) -> {
            condWait(ctx, struct(r));
            return null;
        });
        method(COND, "Signal", VOID, (ctx, r, a) -> {
            GoStruct c = struct(r);
            if (Sema.release(ctx, c)) c.f[2] = (Long) c.f[2] + 1;
            return null;
        });
        method(COND, "Broadcast", VOID, (ctx, r, a) -> {
            GoStruct c = struct(r);
            int n = Sema.waiters(ctx, c);
            for (int i = 0; i < n; i++) Sema.release(ctx, c);
            c.f[2] = c.f[1];
            return null;
        });
    }

    /**
     * {@code Cond.Wait}: take a ticket ({@code notifyListAdd}), unlock L, park until notified
     * ({@code notifyListWait}, wait reason {@code sync.Cond.Wait}), then lock L again, which may
     * block once more. L's Lock and Unlock run natively for *sync.Mutex and *sync.RWMutex; for any
     * other Locker they are called as Go methods, which must not block.
     */
    private static void condWait(Ctx ctx, GoStruct c) {
        if (!(c.f[0] instanceof Iface l) || l.value() == null) throw GoPanic.nilDeref();
        c.f[1] = (Long) c.f[1] + 1;
        Type lt = l.type();
        Type kind = lt instanceof Type.Pointer p && (p.elem() == MUTEX || p.elem() == RWMUTEX || p.elem() == RLOCKER)
                ? p.elem() : null;
        GoStruct m = kind == null ? null : struct(l.value());
        if (kind == null) ctx.callMethod(l, "Unlock", new Object[0]);
        else if (kind == RWMUTEX) rwUnlock(ctx, m);
        else if (kind == RLOCKER) rUnlock(ctx, m);
        else unlock(ctx, m, "sync: unlock of unlocked mutex");
        Sema.acquire(ctx, c, "sync.Cond.Wait", false, () -> {
            ctx.curG().status = io.gopherscope.rt.GStatus.RUNNING;
            if (kind == null) ctx.callMethod(l, "Lock", new Object[0]);
            else if (kind == RWMUTEX) rwLock(ctx, m);
            else if (kind == RLOCKER) rLock(ctx, m);
            else lock(ctx, m, ctx.goMinor() >= 20 ? "sync.Mutex.Lock" : "semacquire");
        });
    }

    private static io.gopherscope.rt.maps.GoMap syncMap(Ctx ctx, Object recv) {
        GoStruct s = struct(recv);
        if (s.f[0] == null) s.f[0] = io.gopherscope.rt.maps.Maps.make(ctx, ANY_MAP, 0);
        return (io.gopherscope.rt.maps.GoMap) s.f[0];
    }

    private static void method(Named n, String name, Type.Signature sig, NativeMethod impl) {
        n.methods.put(name, new Named.MethodDef(name, sig, true, impl));
    }

    static GoStruct struct(Object recv) {
        if (recv == null) throw GoPanic.nilDeref();
        return (GoStruct) ((Pointer) recv).load();
    }

    // Mutex: state 0 unlocked, 1 locked. Unlock readies the first waiter, which then retries
    // (another goroutine may have barged in meanwhile, as in Go's normal mode).
    static void lock(Ctx ctx, GoStruct m, String reason) {
        if ((Long) m.f[0] == 0) {
            m.f[0] = 1L;
            return;
        }
        park(ctx, m, reason, false);
    }

    private static void park(Ctx ctx, GoStruct m, String reason, boolean lifo) {
        m.f[1] = (Long) m.f[1] + 1;
        Sema.acquire(ctx, m, reason, lifo, () -> {
            m.f[1] = (Long) m.f[1] - 1;
            if ((Long) m.f[0] == 0) {
                m.f[0] = 1L;
            } else {
                // lost the race: wait again at the head of the queue
                ctx.curG().status = io.gopherscope.rt.GStatus.RUNNING;
                park(ctx, m, reason, true);
            }
        });
    }

    static void unlock(Ctx ctx, GoStruct m, String fatal) {
        if ((Long) m.f[0] == 0) throw new FatalError(fatal, true);
        m.f[0] = 0L;
        Sema.release(ctx, m);
    }

    // RWMutex: writer holds w; readers counted in readerCount; a waiting writer blocks new readers.
    private static void rLock(Ctx ctx, GoStruct rw) {
        GoStruct w = (GoStruct) rw.f[0];
        if (!(Boolean) rw.f[3] && !(Boolean) rw.f[1]) {
            rw.f[2] = (Long) rw.f[2] + 1;
            return;
        }
        String reason = ctx.goMinor() >= 20 ? "sync.RWMutex.RLock" : "semacquire";
        Sema.acquire(ctx, readerKey(ctx, rw), reason, false, () -> rw.f[2] = (Long) rw.f[2] + 1);
    }

    private static void rUnlock(Ctx ctx, GoStruct rw) {
        long n = (Long) rw.f[2];
        if (n <= 0) throw new FatalError("sync: RUnlock of unlocked RWMutex", true);
        rw.f[2] = n - 1;
        if (n - 1 == 0 && (Boolean) rw.f[1]) {
            rw.f[1] = false;
            rw.f[3] = true;
            Sema.release(ctx, writerKey(ctx, rw));
        }
    }

    private static void rwLock(Ctx ctx, GoStruct rw) {
        if (!(Boolean) rw.f[3] && !(Boolean) rw.f[1] && (Long) rw.f[2] == 0) {
            rw.f[3] = true;
            return;
        }
        if ((Boolean) rw.f[3] || (Boolean) rw.f[1]) {
            // another writer holds or waits: queue on the inner mutex
            String reason = ctx.goMinor() >= 20 ? "sync.Mutex.Lock" : "semacquire";
            Sema.acquire(ctx, rw.f[0], reason, false, () -> rwLockAfterMutex(ctx, rw));
            return;
        }
        rw.f[1] = true;
        String reason = ctx.goMinor() >= 20 ? "sync.RWMutex.Lock" : "semacquire";
        Sema.acquire(ctx, writerKey(ctx, rw), reason, false, null);
    }

    private static void rwLockAfterMutex(Ctx ctx, GoStruct rw) {
        if ((Long) rw.f[2] == 0 && !(Boolean) rw.f[3]) {
            rw.f[3] = true;
            return;
        }
        ctx.curG().status = io.gopherscope.rt.GStatus.RUNNING;
        rwLock(ctx, rw);
    }

    private static void rwUnlock(Ctx ctx, GoStruct rw) {
        if (!(Boolean) rw.f[3]) throw new FatalError("sync: Unlock of unlocked RWMutex", true);
        rw.f[3] = false;
        // readers that waited get in first, then the next writer
        Object rk = readerKey(ctx, rw);
        int readers = Sema.waiters(ctx, rk);
        for (int i = 0; i < readers; i++) Sema.release(ctx, rk);
        if (readers == 0) Sema.release(ctx, rw.f[0]);
    }

    private static Object readerKey(Ctx ctx, GoStruct rw) {
        return subSemas(ctx, rw).readers;
    }

    private static Object writerKey(Ctx ctx, GoStruct rw) {
        return subSemas(ctx, rw).writer;
    }

    /** The two semaphores of one RWMutex (readerSem and writerSem in Go), keyed by the RWMutex. */
    private static final class RWSemas {
        final Object readers = new Object();
        final Object writer = new Object();
    }

    private static RWSemas subSemas(Ctx ctx, GoStruct rw) {
        return (RWSemas) ctx.semtable().computeIfAbsent(rw, k -> new RWSemas());
    }

    // WaitGroup: counter reaching zero releases every waiter (semrelease in FIFO order).
    private static void wgAdd(Ctx ctx, GoStruct wg, long delta) {
        long v = (Long) wg.f[0] + delta;
        wg.f[0] = v;
        if (v < 0) throw GoPanic.plainNoRuntime("sync: negative WaitGroup counter");
        if (v > 0 || (Long) wg.f[1] == 0) return;
        long w = (Long) wg.f[1];
        wg.f[1] = 0L;
        for (long i = 0; i < w; i++) Sema.release(ctx, wg);
    }

    public static Package build() {
        Package p = new Package("sync");
        p.add("Mutex", new Member.TypeName(MUTEX));
        p.add("RWMutex", new Member.TypeName(RWMUTEX));
        p.add("WaitGroup", new Member.TypeName(WAITGROUP));
        p.add("Once", new Member.TypeName(ONCE));
        p.add("Locker", new Member.TypeName(LOCKER));
        p.add("Map", new Member.TypeName(MAP));
        p.add("Cond", new Member.TypeName(COND));
        p.add("NewCond", new Member.Func(new Type.Signature(List.of(LOCKER), List.of(new Type.Pointer(COND)), false),
                (ctx, a) -> io.gopherscope.rt.fmt.StdTypes.newObject(ctx, COND, a[0], 0L, 0L)));
        return p;
    }
}
