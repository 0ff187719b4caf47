package io.gopherscope.vm;

import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.NativeFunc;

/** Calls, returns, go and defer. */
public final class CallIns {
    private CallIns() {
    }

    static Object[] args(Ev[] args, Frame f) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) a[i] = args[i].ev(f);
        return a;
    }

    /** Calls a function value; results go to slots {@code dst}. */
    public static final class Call extends Instr {
        final Ev fn;
        final Ev[] args;
        final int[] dst;

        public Call(Ev fn, Ev[] args, int[] dst) {
            this.fn = fn;
            this.args = args;
            this.dst = dst;
        }

        @Override
        public void exec(Machine m, Frame f) {
            Object fv = fn.ev(f);
            Object[] a = args(args, f);
            if (fv == null) throw GoPanic.nilDeref();
            m.call(f, fv, a, dst);
        }
    }

    /** Calls a statically known Go function (no closure lookup). */
    public static final class CallStatic extends Instr {
        final FuncCode code;
        final Ev[] args;
        final int[] dst;

        public CallStatic(FuncCode code, Ev[] args, int[] dst) {
            this.code = code;
            this.args = args;
            this.dst = dst;
        }

        @Override
        public void exec(Machine m, Frame f) {
            m.enter(f, code, null, args(args, f), dst);
        }
    }

    /** Calls a library function. */
    public static final class CallNative extends Instr {
        final NativeFunc fn;
        final Ev[] args;
        final int[] dst;

        public CallNative(NativeFunc fn, Ev[] args, int[] dst) {
            this.fn = fn;
            this.args = args;
            this.dst = dst;
        }

        @Override
        public void exec(Machine m, Frame f) {
            Object r = fn.call(m, args(args, f));
            if (r == Machine.TAIL) {
                Object tf = m.tailFn;
                Object[] ta = m.tailArgs;
                m.tailFn = null;
                m.tailArgs = null;
                m.call(f, tf, ta, dst);
                return;
            }
            if (dst != null && dst.length > 0 && !m.resched) Machine.storeResults(f, dst, r);
        }
    }

    /** {@code return}: results already stored in result slots by preceding code. */
    public static final class Return extends Instr {
        @Override
        public void exec(Machine m, Frame f) {
            m.doReturn(f, f.fn.code.length - 2);
        }
    }

    /** Sentinel at {@code code.length-2}: deferred calls of a returning frame come back here. */
    public static final class FinishReturn extends Instr {
        @Override
        public void exec(Machine m, Frame f) {
            m.doReturn(f, f.fn.code.length - 2);
        }
    }

    /** Sentinel at {@code code.length-1}: a deferred call run by a panic returned. */
    public static final class PanicContinue extends Instr {
        @Override
        public void exec(Machine m, Frame f) {
            m.panicContinue(f);
        }
    }

    /** {@code go f(args)}: arguments are evaluated now, in the current goroutine. */
    public static final class Go extends Instr {
        final Ev fn;
        final Ev[] args;

        public Go(Ev fn, Ev[] args) {
            this.fn = fn;
            this.args = args;
        }

        @Override
        public void exec(Machine m, Frame f) {
            Object fv = fn.ev(f);
            m.go(f, fv, args(args, f));
        }
    }

    /** {@code defer f(args)}: the function value and arguments are evaluated now. */
    public static final class Defer extends Instr {
        final Ev fn;
        final Ev[] args;

        public Defer(Ev fn, Ev[] args) {
            this.fn = fn;
            this.args = args;
        }

        @Override
        public void exec(Machine m, Frame f) {
            Object fv = fn.ev(f);
            Object[] a = args(args, f);
            if (fv == null) {
                // Go panics when the deferred nil function is called, at function exit
                fv = (NativeFunc) (ctx, x) -> {
                    throw GoPanic.nilDeref();
                };
            }
            f.defer(fv, a);
        }
    }
}
