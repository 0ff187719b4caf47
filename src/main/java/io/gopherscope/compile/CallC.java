package io.gopherscope.compile;

import io.gopherscope.lang.token.Pos;

import io.gopherscope.lang.ast.Expr;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Types;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;
import io.gopherscope.vm.CallIns;
import io.gopherscope.vm.Closure;
import io.gopherscope.vm.Ev;
import io.gopherscope.vm.FuncCode;
import io.gopherscope.vm.Machine;
import io.gopherscope.vm.Methods;

import java.util.ArrayList;
import java.util.List;

/** Function and method calls, method values, conversions; builtins live in {@link BuiltinC}. */
final class CallC {
    private final Compiler c;
    private final ExprC ex;
    final BuiltinC builtins;

    CallC(Compiler c, ExprC ex) {
        this.c = c;
        this.ex = ex;
        this.builtins = new BuiltinC(c, ex);
    }

    /** A call split into its parts, so go and defer can evaluate them without calling. */
    record Parts(Ev fn, Object staticTarget, Ev recv, Ev[] args, Type.Signature sig, String name) {}

    Operand call(Expr.Call ce) {
        Operand f = ex.expr(ce.fun());
        if (f.mode == Operand.Mode.TYPE) return conversion(ce, f.type);
        if (f.mode == Operand.Mode.BUILTIN) return builtins.call(ce, f.builtin);
        Parts p = parts(ce, f);
        List<Type> res = p.sig().results();
        int[] dst = new int[res.size()];
        for (int i = 0; i < dst.length; i++) dst[i] = c.fn.newSlot();
        emitCall(ce, p, dst);
        Operand o = new Operand();
        o.node = ce;
        o.fresh = true;
        if (res.isEmpty()) {
            o.mode = Operand.Mode.NOVALUE;
            o.type = new Type.Tuple(List.of());
            o.ev = fr -> null;
        } else if (res.size() == 1) {
            o.mode = Operand.Mode.VALUE;
            o.type = res.get(0);
            int d = dst[0];
            o.ev = fr -> fr.s[d];
        } else {
            o.mode = Operand.Mode.TUPLE;
            o.type = new Type.Tuple(res);
            o.slots = dst;
            o.ev = fr -> null;
        }
        return o;
    }

    void emitCall(Expr.Call ce, Parts p, int[] dst) {
        io.gopherscope.vm.Instr in;
        Ev[] args = p.args();
        if (p.recv() != null) {
            Ev[] a = new Ev[args.length + 1];
            a[0] = p.recv();
            System.arraycopy(args, 0, a, 1, args.length);
            args = a;
        }
        if (p.staticTarget() instanceof FuncCode code) {
            in = new CallIns.CallStatic(code, args, dst);
        } else if (p.staticTarget() instanceof NativeFunc nf) {
            in = new CallIns.CallNative(nf, args, dst);
        } else if (p.staticTarget() instanceof NativeMethod nm) {
            in = new CallIns.CallNative((ctx, a) -> nm.call(ctx, a[0], java.util.Arrays.copyOfRange(a, 1, a.length)), args, dst);
        } else {
            in = new CallIns.Call(p.fn(), args, dst);
        }
        in.label = "call " + p.name();
        c.fn.emit(in, ce.pos());
    }

    /** Resolves the callee and checks the arguments. */
    Parts parts(Expr.Call ce, Operand f) {
        f = ex.single(f);
        if (!(f.type.underlying() instanceof Type.Signature sig)) {
            throw c.fail(ce.pos(), "invalid operation: cannot call non-function " + ex.describe(f));
        }
        Ev[] args = args(ce, sig, ExprStr.of(ce.fun()));
        String name = ExprStr.of(ce.fun());
        if (f.staticTarget != null) {
            return new Parts(null, f.staticTarget, f.recvEv, args, sig, name);
        }
        if (Expr.unparen(ce.fun()) instanceof Expr.Ident id && c.scope.lookup(id.name()) instanceof Sym.Func fn) {
            return new Parts(null, fn.code, null, args, sig, name);
        }
        if (Expr.unparen(ce.fun()) instanceof Expr.Selector s && s.x() instanceof Expr.Ident pid
                && c.scope.lookup(pid.name()) instanceof Sym.Pkg pkg
                && pkg.pkg.get(s.sel().name()) instanceof io.gopherscope.rt.fmt.Member.Func mf) {
            return new Parts(null, mf.impl(), null, args, sig, name);
        }
        return new Parts(f.ev, null, null, args, sig, name);
    }

    /** Checks call arguments against a signature: counts, spreading f(g()), variadic packing, s... */
    Ev[] args(Expr.Call ce, Type.Signature sig, String fname) {
        List<Type> params = sig.params();
        List<Operand> ops = new ArrayList<>();
        if (ce.args().size() == 1 && !ce.ellipsis()) {
            Operand a = ex.expr(ce.args().get(0));
            if (a.mode == Operand.Mode.TUPLE) {
                List<Type> ts = ((Type.Tuple) a.type).types();
                for (int i = 0; i < ts.size(); i++) {
                    int slot = a.slots[i];
                    Operand o = Operand.value(a.node, ts.get(i), fr -> fr.s[slot]);
                    o.fresh = true;
                    ops.add(o);
                }
            } else {
                ops.add(ex.single(a));
            }
        } else {
            for (Expr e : ce.args()) ops.add(ex.value(e));
        }
        int np = params.size();
        boolean variadic = sig.variadic();
        if (ce.ellipsis()) {
            if (!variadic) {
                throw c.fail(ce.args().get(ce.args().size() - 1).pos(), "have (...) but function is not variadic: " + fname);
            }
            if (ops.size() != np) throw argCount(ce, ops, sig, fname, ops.size() < np);
            Ev[] out = new Ev[np];
            for (int i = 0; i < np; i++) out[i] = ex.assign(ops.get(i), params.get(i), "argument to " + fname);
            return out;
        }
        if (!variadic) {
            if (ops.size() != np) throw argCount(ce, ops, sig, fname, ops.size() < np);
            Ev[] out = new Ev[np];
            for (int i = 0; i < np; i++) out[i] = ex.assign(ops.get(i), params.get(i), "argument to " + fname);
            return out;
        }
        if (ops.size() < np - 1) throw argCount(ce, ops, sig, fname, true);
        Ev[] out = new Ev[np];
        for (int i = 0; i < np - 1; i++) out[i] = ex.assign(ops.get(i), params.get(i), "argument to " + fname);
        Type.Slice st = (Type.Slice) params.get(np - 1);
        int nv = ops.size() - (np - 1);
        if (nv == 0) {
            out[np - 1] = fr -> null;
        } else {
            Ev[] vs = new Ev[nv];
            for (int i = 0; i < nv; i++) vs[i] = ex.assign(ops.get(np - 1 + i), st.elem(), "argument to " + fname);
            io.gopherscope.rt.Ctx ctx = c.m;
            Type elem = st.elem();
            out[np - 1] = fr -> {
                Object[] a = new Object[vs.length];
                for (int i = 0; i < a.length; i++) a[i] = vs[i].ev(fr);
                return io.gopherscope.rt.slices.SliceOps.literal(ctx, elem, a);
            };
        }
        return out;
    }

    private CompileError argCount(Expr.Call ce, List<Operand> ops, Type.Signature sig, String fname, boolean notEnough) {
        StringBuilder have = new StringBuilder("(");
        for (int i = 0; i < ops.size(); i++) {
            if (i > 0) have.append(", ");
            Operand o = ops.get(i);
            have.append(o.isConst() && Types.isUntyped(o.type) ? (o.type == Basic.UNTYPED_STRING ? "string" : o.type == Basic.UNTYPED_BOOL ? "bool" : "number") : o.mode == Operand.Mode.NIL ? "nil" : o.type.toString());
        }
        have.append(")");
        String want = sig.signatureString();
        int close = want.indexOf(')');
        want = want.substring(0, close + 1);
        String msg = (notEnough ? "not enough arguments in call to " : "too many arguments in call to ") + fname
                + "\n\thave " + have + "\n\twant " + want;
        // types2: at the first extra argument, else at the last argument, else at the call
        Pos at = notEnough ? (ce.args().isEmpty() ? ce.pos() : ce.args().get(ce.args().size() - 1).pos())
                : ops.get(sig.params().size() < ops.size() ? sig.params().size() : 0).node.pos();
        return c.fail(at, msg);
    }

    // ------------------------------------------------------------------ methods

    /** {@code x.M}: statically resolved when possible; a bound function value otherwise. */
    Operand methodValue(Expr.Selector s, Operand x, Lookup.MethodSel ms) {
        String name = s.sel().name();
        Type.Signature sig = ms.ifaceMethod() != null ? ms.ifaceMethod().sig() : ms.def().sig;
        // walk the embedded path to the value that owns the method
        Operand recv = x;
        for (int idx : ms.path()) {
            Type base = recv.type.underlying() instanceof Type.Pointer p ? p.elem() : recv.type;
            Type.Struct st = (Type.Struct) base.underlying();
            recv = ex.fieldOperand(s, recv, new Lookup.FieldSel(new int[]{idx}, st.fields().get(idx).type()));
        }
        Operand o = Operand.value(s, sig, null);
        Machine m = (Machine) c.m;
        if (ms.ifaceMethod() != null) {
            Ev xe = recv.ev;
            o.ev = fr -> {
                Iface v = (Iface) xe.ev(fr);
                if (v == null) throw GoPanic.nilDeref();
                return Methods.bind(m, v.type(), v.value(), name);
            };
            return o;
        }
        Named.MethodDef def = ms.def();
        Ev recvEv;
        boolean isPtr = recv.type.underlying() instanceof Type.Pointer;
        if (def.pointerRecv) {
            if (isPtr) {
                recvEv = recv.ev;
            } else if (recv.mode == Operand.Mode.VAR && recv.lv != null && recv.lv.addr() != null) {
                recvEv = recv.lv.addr();
            } else {
                throw c.fail(s.pos(), "cannot call pointer method " + name + " on " + recv.type);
            }
        } else if (isPtr) {
            Ev pe = recv.ev;
            recvEv = fr -> {
                Pointer p = (Pointer) pe.ev(fr);
                if (p == null) throw GoPanic.nilDeref();
                return Values.copy(p.load());
            };
        } else {
            Ev ve = recv.ev;
            recvEv = Values.needsCopy(recv.type) ? fr -> Values.copy(ve.ev(fr)) : ve;
        }
        o.staticTarget = def.impl;
        o.recvEv = recvEv;
        final Ev re = recvEv;
        o.ev = fr -> Methods.bindImpl(def, re.ev(fr));
        return o;
    }

    /** {@code T.M} / {@code (*T).M}: a function taking the receiver as first argument. */
    Operand methodExpr(Expr.Selector s, Type t) {
        String name = s.sel().name();
        Object sel = Lookup.find(t, name);
        if (!(sel instanceof Lookup.MethodSel ms) || ms.path().length > 0) {
            throw c.fail(s.sel().pos(), ExprStr.of(s) + " undefined (type " + t + " has no method " + name + ")");
        }
        Type.Signature msig = ms.ifaceMethod() != null ? ms.ifaceMethod().sig() : ms.def().sig;
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(msig.params());
        Type.Signature sig = new Type.Signature(params, msig.results(), msig.variadic());
        Named.MethodDef def = ms.def();
        NativeFunc fn = (ctx, a) -> {
            Object recv = a[0];
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            Object bound;
            if (def == null) {
                Iface v = (Iface) recv;
                bound = Methods.bind((Machine) ctx, v.type(), v.value(), name);
            } else {
                if (!def.pointerRecv && recv instanceof Pointer p) recv = Values.copy(p.load());
                bound = Methods.bindImpl(def, recv);
            }
            return ctx.call(bound, rest);
        };
        return Operand.value(s, sig, fr -> fn);
    }

    // ------------------------------------------------------------------ conversions

    Operand conversion(Expr.Call ce, Type t) {
        if (ce.args().size() != 1) {
            throw c.fail(ce.pos(), (ce.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + t);
        }
        Operand x = ex.value(ce.args().get(0));
        return Conversions.convert(c, ex, ce, x, t);
    }
}
