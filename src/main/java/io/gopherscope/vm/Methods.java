package io.gopherscope.vm;

import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * Method lookup at run time, for dynamic calls through interfaces and for fmt's Stringer/error
 * checks: method sets as the spec defines them (T has value-receiver methods; *T has all),
 * with promotion through embedded fields, shallowest depth first.
 */
public final class Methods {
    private Methods() {
    }

    /**
     * A method found on a type: the embedded-field path from the receiver to the type that
     * declares it, whether each step dereferences a pointer, and the definition.
     */
    public record Found(Named owner, Named.MethodDef def, int[] path, boolean recvIsPointer) {}

    /** Finds {@code name} in the method set of {@code t}, or null. */
    public static Found find(Type t, String name) {
        boolean isPtr = false;
        Type base = t;
        if (t instanceof Type.Pointer p && p.elem() instanceof Named) {
            isPtr = true;
            base = p.elem();
        }
        return search(base, isPtr, name, new ArrayList<>(), 0);
    }

    private static Found search(Type base, boolean addressable, String name, List<Integer> path, int depth) {
        if (depth > 8) return null;
        if (base instanceof Named n) {
            Named.MethodDef d = n.method(name);
            if (d != null) {
                if (d.pointerRecv && !addressable) return null;
                return new Found(n, d, path.stream().mapToInt(Integer::intValue).toArray(), addressable);
            }
        }
        if (base.underlying() instanceof Type.Struct s) {
            // breadth by depth: check direct embedded fields first, then recurse
            for (int i = 0; i < s.fields().size(); i++) {
                Type.Field f = s.fields().get(i);
                if (!f.embedded()) continue;
                Type ft = f.type();
                boolean ptr = ft instanceof Type.Pointer;
                Type fb = ptr ? ((Type.Pointer) ft).elem() : ft;
                if (fb instanceof Named fn && fn.method(name) != null) {
                    Named.MethodDef d = fn.method(name);
                    if (d.pointerRecv && !(ptr || addressable)) continue;
                    List<Integer> p2 = new ArrayList<>(path);
                    p2.add(i);
                    return new Found(fn, d, p2.stream().mapToInt(Integer::intValue).toArray(), ptr || addressable);
                }
            }
            for (int i = 0; i < s.fields().size(); i++) {
                Type.Field f = s.fields().get(i);
                if (!f.embedded()) continue;
                Type ft = f.type();
                boolean ptr = ft instanceof Type.Pointer;
                Type fb = ptr ? ((Type.Pointer) ft).elem() : ft;
                List<Integer> p2 = new ArrayList<>(path);
                p2.add(i);
                Found r = search(fb, ptr || addressable, name, p2, depth + 1);
                if (r != null) return r;
            }
        }
        return null;
    }

    /**
     * Binds method {@code name} of the dynamic value {@code v} (of type {@code t}) into a function
     * value, following the embedded path and taking addresses or dereferencing as the method's
     * receiver kind requires.
     */
    public static Object bind(Machine m, Type t, Object v, String name) {
        Found fd = find(t, name);
        if (fd == null) return null;
        Object recv = v;
        Type cur = t;
        for (int idx : fd.path()) {
            // step into embedded field idx of the struct recv is or points to
            Type st = cur instanceof Type.Pointer p ? p.elem() : cur;
            Type.Struct s = (Type.Struct) st.underlying();
            Type ft = s.fields().get(idx).type();
            if (recv instanceof Pointer p) {
                if (ft instanceof Type.Pointer) {
                    recv = ((GoStruct) p.load()).f[idx];
                } else {
                    recv = new Pointer.ToField(p, idx, Values.fieldOffset(s, idx));
                    ft = new Type.Pointer(ft);
                }
            } else if (recv == null) {
                throw GoPanic.nilDeref();
            } else {
                recv = ((GoStruct) recv).f[idx];
            }
            cur = ft;
        }
        Named.MethodDef d = fd.def();
        if (!d.pointerRecv && recv instanceof Pointer p) {
            recv = Values.copy(p.load());
        } else if (!d.pointerRecv && recv == null && cur instanceof Type.Pointer) {
            throw GoPanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        return bindImpl(d, recv);
    }

    /** A function value calling method definition d on receiver recv. */
    public static Object bindImpl(Named.MethodDef d, Object recv) {
        if (d.impl instanceof FuncCode code) {
            return new Closure(code, null, recv);
        }
        if (d.impl instanceof NativeMethod nm) {
            final Object r = recv;
            return (NativeFunc) (ctx, args) -> nm.call(ctx, r, args);
        }
        throw new io.gopherscope.rt.Throw("method without implementation: " + d.name);
    }
}
