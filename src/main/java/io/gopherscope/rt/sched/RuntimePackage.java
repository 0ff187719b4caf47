package io.gopherscope.rt.sched;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.fmt.Member;
import io.gopherscope.rt.fmt.Package;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code runtime} package: {@code Gosched} (the goroutine goes to
 * the global run queue), {@code NumGoroutine}, {@code GOMAXPROCS}, {@code NumCPU}, {@code GC}.
 */
public final class RuntimePackage {
    private RuntimePackage() {
    }

    /** Scheduler operations the VM provides to this package. */
    public interface Hooks {
        void gosched();

        int gomaxprocs();

        void setGomaxprocs(int n);

        void goexitStart();
    }

    public static Package build() {
        Package p = new Package("runtime");
        p.add("Gosched", func(List.of(), List.of(), (ctx, a) -> {
            ctx.event("runtime.Gosched: to the global run queue");
            ((Hooks) ctx).gosched();
            return null;
        }));
        p.add("NumGoroutine", func(List.of(), List.of(Basic.INT), (ctx, a) -> (long) ctx.sched().liveCount()));
        p.add("GOMAXPROCS", func(List.of(Basic.INT), List.of(Basic.INT), (ctx, a) -> {
            Hooks h = (Hooks) ctx;
            long prev = h.gomaxprocs();
            long n = (Long) a[0];
            if (n > 0) h.setGomaxprocs((int) n);
            return prev;
        }));
        p.add("NumCPU", func(List.of(), List.of(Basic.INT), (ctx, a) -> (long) Math.max(1, ((Hooks) ctx).gomaxprocs())));
        p.add("GC", func(List.of(), List.of(), (ctx, a) -> null));
        Type.Signature errorSig = new Type.Signature(List.of(), List.of(Basic.STRING), false);
        p.add("Error", new Member.TypeName(new io.gopherscope.lang.types.Named("runtime", "Error", new Type.Interface(List.of(
                new Type.Method("Error", errorSig), new Type.Method("RuntimeError", new Type.Signature(List.of(), List.of(), false)))))));
        p.add("TypeAssertionError", new Member.TypeName(io.gopherscope.rt.GoPanic.TYPE_ASSERTION_ERROR));
        p.add("Goexit", func(List.of(), List.of(), (ctx, a) -> {
            ((Hooks) ctx).goexitStart();
            return null;
        }));
        return p;
    }

    private static Member.Func func(List<Type> params, List<Type> results, NativeFunc f) {
        return new Member.Func(new Type.Signature(params, results, false), f);
    }
}
