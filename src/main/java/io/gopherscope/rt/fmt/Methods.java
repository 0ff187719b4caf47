package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeMethod;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Values;

/**
 * Method lookups the library needs on dynamic values: "is it an error / a Stringer" and calling
 * {@code Error()}/{@code String()}. Methods declared directly on a named type are resolved here
 * (native ones are called directly); promoted methods and Go-written methods go through the VM
 * ({@link Ctx#hasMethod}, {@link Ctx#callMethod}). Method sets follow Go: a value of type T has
 * only value-receiver methods, *T has all.
 */
public final class Methods {
    private Methods() {
    }

    private static final Object[] NO_ARGS = new Object[0];

    /** Whether a value of dynamic type {@code t} has method {@code name} with signature {@code () string}. */
    public static boolean hasStringMethod(Ctx ctx, Type t, String name) {
        if (t == null) return false;
        if (GoPanic.isRuntimeErrorType(t)) return name.equals("Error");
        Named n = Values.namedOf(t);
        if (n != null) {
            Named.MethodDef m = n.method(name);
            if (m != null) {
                if (m.pointerRecv && !(t instanceof Type.Pointer)) return false;
                if (t instanceof Type.Pointer && n.underlying() instanceof Type.Pointer) return false;
                return m.sig == null || (m.sig.params().isEmpty() && m.sig.results().size() == 1
                        && m.sig.results().get(0) == Basic.STRING);
            }
        }
        if (n == null && !(t.underlying() instanceof Type.Struct)
                && !(t instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct)) {
            return false; // unnamed non-struct types have no methods
        }
        if (t.underlying() instanceof Type.Interface) return false;
        return ctx.hasMethod(t, name);
    }

    /** Whether values of dynamic type {@code t} implement {@code error}. */
    public static boolean isError(Ctx ctx, Type t) {
        return hasStringMethod(ctx, t, "Error");
    }

    /** Calls a method that returns a string ({@code Error}, {@code String}) on a value of dynamic type t. */
    public static String callString(Ctx ctx, Type t, Object v, String name) {
        if (GoPanic.isRuntimeErrorType(t)) return (String) v;
        return (String) call(ctx, t, v, name, NO_ARGS);
    }

    /** Calls method {@code name} on the value {@code v} of dynamic type {@code t}. */
    public static Object call(Ctx ctx, Type t, Object v, String name, Object[] args) {
        Named n = Values.namedOf(t);
        if (n != null) {
            Named.MethodDef m = n.method(name);
            if (m != null && m.impl instanceof NativeMethod nm) {
                Object recv = v;
                if (!m.pointerRecv && t instanceof Type.Pointer) {
                    if (v == null) throw GoPanic.nilDeref();
                    recv = Values.copy(((Pointer) v).load());
                }
                return nm.call(ctx, recv, args);
            }
        }
        return ctx.callMethod(new Iface(t, v), name, args);
    }

    /** The message of a non-nil error value. */
    public static String errorText(Ctx ctx, Iface err) {
        return callString(ctx, err.type(), err.value(), "Error");
    }

    /**
     * The signature of method {@code name} in the method set of dynamic type {@code t}, or null when
     * it has none. For a promoted method the VM only tells that it exists: {@code unknown} is returned.
     */
    public static Type.Signature signature(Ctx ctx, Type t, String name, Type.Signature unknown) {
        if (t == null || GoPanic.isRuntimeErrorType(t)) return null;
        Named n = Values.namedOf(t);
        if (n != null) {
            Named.MethodDef m = n.method(name);
            if (m != null) {
                if (m.pointerRecv && !(t instanceof Type.Pointer)) return null;
                return m.sig != null ? m.sig : unknown;
            }
        }
        if (n == null && !(t.underlying() instanceof Type.Struct)
                && !(t instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct)) {
            return null;
        }
        if (t.underlying() instanceof Type.Interface) return null;
        return ctx.hasMethod(t, name) ? unknown : null;
    }

    /** Whether dynamic type {@code t} implements interface type {@code it} (by method names). */
    public static boolean implementsIface(Ctx ctx, Type t, Type.Interface it) {
        for (Type.Method m : it.methods()) {
            if (m.name().equals("Error") && GoPanic.isRuntimeErrorType(t)) continue;
            if (signature(ctx, t, m.name(), m.sig()) == null) return false;
        }
        return true;
    }
}
