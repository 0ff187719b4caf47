package io.gopherscope.rt.sync;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.lang.types.Named;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.fmt.StdTypes;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.fmt.Member;
import io.gopherscope.rt.fmt.Package;
import io.gopherscope.vm.Arith;

import java.util.List;

/**
 * The allow-listed surface of {@code sync/atomic}: Add, Load, Store, Swap and CompareAndSwap on
 * int32, int64, uint32 and uint64, the typed values of Go 1.19 ({@code Int32}, {@code Int64},
 * {@code Uint32}, {@code Uint64}, {@code Bool}) and {@code Value}. Each operation is one
 * indivisible step of the simulation.
 */
public final class AtomicPackage {
    private AtomicPackage() {
    }

    public static Package build() {
        Package p = new Package("sync/atomic");
        Basic[] types = {Basic.INT32, Basic.INT64, Basic.UINT32, Basic.UINT64};
        String[] names = {"Int32", "Int64", "Uint32", "Uint64"};
        for (int i = 0; i < types.length; i++) {
            Basic t = types[i];
            Type.Pointer pt = new Type.Pointer(t);
            String n = names[i];
            Basic.Kind k = t.kind;
            p.add("Add" + n, func(List.of(pt, t), List.of(t), (ctx, a) -> {
                Pointer ptr = ptr(a[0]);
                long v = Arith.wrap((Long) ptr.load() + (Long) a[1], k);
                ptr.store(v);
                return v;
            }));
            p.add("Load" + n, func(List.of(pt), List.of(t), (ctx, a) -> ptr(a[0]).load()));
            p.add("Store" + n, func(List.of(pt, t), List.of(), (ctx, a) -> {
                ptr(a[0]).store(a[1]);
                return null;
            }));
            p.add("Swap" + n, func(List.of(pt, t), List.of(t), (ctx, a) -> {
                Pointer ptr = ptr(a[0]);
                Object old = ptr.load();
                ptr.store(a[1]);
                return old;
            }));
            p.add("CompareAndSwap" + n, func(List.of(pt, t, t), List.of(Basic.BOOL), (ctx, a) -> {
                Pointer ptr = ptr(a[0]);
                if (((Long) ptr.load()).longValue() == (Long) a[1]) {
                    ptr.store(a[2]);
                    return true;
                }
                return false;
            }));
        }
        for (int i = 0; i < types.length; i++) {
            p.add(names[i], new Member.TypeName(typed(names[i], types[i])));
        }
        p.add("Bool", new Member.TypeName(boolType()));
        p.add("Value", new Member.TypeName(valueType()));
        return p;
    }

    private static GoStruct self(Object recv) {
        return (GoStruct) ptr(recv).load();
    }

    private static void method(Named n, String name, List<Type> params, List<Type> results, NativeMethod impl) {
        n.methods.put(name, new Named.MethodDef(name, new Type.Signature(params, results, false), true, impl));
    }

    /** {@code atomic.Int32} and friends: a struct holding the number in field {@code v}. */
    private static Named typed(String name, Basic t) {
        Named n = new Named("sync/atomic", name, StdTypes.struct("v", t));
        Basic.Kind k = t.kind;
        method(n, "Load", List.of(), List.of(t), (ctx, r, a) -> self(r).f[0]);
        method(n, "Store", List.of(t), List.of(), (ctx, r, a) -> {
            self(r).f[0] = a[0];
            return null;
        });
        method(n, "Add", List.of(t), List.of(t), (ctx, r, a) -> {
            GoStruct s = self(r);
            long v = Arith.wrap((Long) s.f[0] + (Long) a[0], k);
            s.f[0] = v;
            return v;
        });
        method(n, "Swap", List.of(t), List.of(t), (ctx, r, a) -> {
            GoStruct s = self(r);
            Object old = s.f[0];
            s.f[0] = a[0];
            return old;
        });
        method(n, "CompareAndSwap", List.of(t, t), List.of(Basic.BOOL), (ctx, r, a) -> {
            GoStruct s = self(r);
            if (((Long) s.f[0]).longValue() != (Long) a[0]) return false;
            s.f[0] = a[1];
            return true;
        });
        return n;
    }

    /** {@code atomic.Bool}: Go keeps a uint32; so do we, so the snapshot shows 0 or 1. */
    private static Named boolType() {
        Named n = new Named("sync/atomic", "Bool", StdTypes.struct("v", Basic.UINT32));
        method(n, "Load", List.of(), List.of(Basic.BOOL), (ctx, r, a) -> (Long) self(r).f[0] != 0);
        method(n, "Store", List.of(Basic.BOOL), List.of(), (ctx, r, a) -> {
            self(r).f[0] = (Boolean) a[0] ? 1L : 0L;
            return null;
        });
        method(n, "Swap", List.of(Basic.BOOL), List.of(Basic.BOOL), (ctx, r, a) -> {
            GoStruct s = self(r);
            boolean old = (Long) s.f[0] != 0;
            s.f[0] = (Boolean) a[0] ? 1L : 0L;
            return old;
        });
        method(n, "CompareAndSwap", List.of(Basic.BOOL, Basic.BOOL), List.of(Basic.BOOL), (ctx, r, a) -> {
            GoStruct s = self(r);
            if (((Long) s.f[0] != 0) != (Boolean) a[0]) return false;
            s.f[0] = (Boolean) a[1] ? 1L : 0L;
            return true;
        });
        return n;
    }

    /**
     * {@code atomic.Value}: holds an interface value; every store after the first must have the
     * same dynamic type, and nil is never stored (Go's panics).
     */
    private static Named valueType() {
        Type any = StdTypes.ANY;
        Named n = new Named("sync/atomic", "Value", StdTypes.struct("v", any));
        method(n, "Load", List.of(), List.of(any), (ctx, r, a) -> self(r).f[0]);
        method(n, "Store", List.of(any), List.of(), (ctx, r, a) -> {
            GoStruct s = self(r);
            checkStore(s, a[0], "store");
            s.f[0] = a[0];
            return null;
        });
        method(n, "Swap", List.of(any), List.of(any), (ctx, r, a) -> {
            GoStruct s = self(r);
            checkStore(s, a[0], "swap");
            Object old = s.f[0];
            s.f[0] = a[0];
            return old;
        });
        method(n, "CompareAndSwap", List.of(any, any), List.of(Basic.BOOL), (ctx, r, a) -> {
            GoStruct s = self(r);
            if (a[1] == null) throw GoPanic.plainNoRuntime("sync/atomic: compare and swap of nil value into Value");
            if (a[0] != null && !((Iface) a[0]).type().equals(((Iface) a[1]).type())) {
                throw GoPanic.plainNoRuntime("sync/atomic: compare and swap of inconsistently typed values");
            }
            if (s.f[0] == null) {
                if (a[0] != null) return false;
            } else {
                if (!((Iface) s.f[0]).type().equals(((Iface) a[1]).type())) {
                    throw GoPanic.plainNoRuntime("sync/atomic: compare and swap of inconsistently typed value into Value");
                }
                if (a[0] == null || !io.gopherscope.rt.Values.equal(s.f[0], a[0])) return false;
            }
            s.f[0] = a[1];
            return true;
        });
        return n;
    }

    private static void checkStore(GoStruct s, Object v, String op) {
        if (v == null) throw GoPanic.plainNoRuntime("sync/atomic: " + op + " of nil value into Value");
        if (s.f[0] != null && !((Iface) s.f[0]).type().equals(((Iface) v).type())) {
            throw GoPanic.plainNoRuntime("sync/atomic: " + op + " of inconsistently typed value into Value");
        }
    }

    private static Pointer ptr(Object o) {
        if (o == null) throw GoPanic.nilDeref();
        return (Pointer) o;
    }

    private static Member.Func func(List<Type> params, List<Type> results, NativeFunc f) {
        return new Member.Func(new Type.Signature(params, results, false), f);
    }
}
