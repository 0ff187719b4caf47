package io.gopherscope.rt.sync;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.fmt.Member;
import io.gopherscope.rt.fmt.Package;
import io.gopherscope.vm.Arith;

import java.util.List;

/**
 * The allow-listed surface of {@code sync/atomic}: Add, Load, Store, Swap and CompareAndSwap on
 * int32, int64, uint32 and uint64. Each is one indivisible step of the simulation.
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
        return p;
    }

    private static Pointer ptr(Object o) {
        if (o == null) throw GoPanic.nilDeref();
        return (Pointer) o;
    }

    private static Member.Func func(List<Type> params, List<Type> results, NativeFunc f) {
        return new Member.Func(new Type.Signature(params, results, false), f);
    }
}
