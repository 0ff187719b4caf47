package io.gopherscope.rt.maps.classic;

import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;

/**
 * Key equality for maps ({@code t.key.equal}): Go's {@code ==}, in which a NaN, and any struct,
 * array or interface holding one, equals nothing, itself included. {@link Values#equal} takes a
 * shortcut on identical objects, so NaN keys are screened here first.
 */
public final class Keys {
    private Keys() {
    }

    /** {@code a == b} for map keys. */
    public static boolean equal(Object a, Object b) {
        if (hasNaN(a)) return false;
        return Values.equal(a, b);
    }

    /** {@code k == k}: false when k holds a NaN anywhere. */
    public static boolean equalsItself(Object k) {
        return !hasNaN(k);
    }

    static boolean hasNaN(Object v) {
        if (v instanceof Double d) return d.isNaN();
        if (v instanceof Iface i) return hasNaN(i.value());
        if (v instanceof GoStruct s) {
            for (Object f : s.f) {
                if (hasNaN(f)) return true;
            }
            return false;
        }
        if (v instanceof GoArray a) {
            for (Object e : a.elems) {
                if (hasNaN(e)) return true;
            }
            return false;
        }
        if (v instanceof double[] c) return Double.isNaN(c[0]) || Double.isNaN(c[1]);
        return false;
    }
}
