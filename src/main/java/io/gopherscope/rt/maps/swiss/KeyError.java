package io.gopherscope.rt.maps.swiss;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;

/**
 * {@code mapKeyError} (runtime/alg.go, Go 1.24): reading or deleting from a nil or empty map does
 * not hash the key, but still panics {@code runtime error: hash of unhashable type T} when an
 * interface inside the key holds an incomparable dynamic type.
 */
final class KeyError {
    private KeyError() {
    }

    static void check(boolean mightPanic, Type t, Object v) {
        if (mightPanic) check(t, v);
    }

    private static void check(Type t, Object v) {
        Type u = t.underlying();
        if (u instanceof Type.Interface) {
            if (!(v instanceof Iface i)) return; // nil interface
            if (!Values.comparable(i.type())) throw GoPanic.runtimeError("hash of unhashable type " + i.type());
            check(i.type(), i.value());
        } else if (u instanceof Type.Array a && v instanceof GoArray arr) {
            for (Object e : arr.elems) check(a.elem(), e);
        } else if (u instanceof Type.Struct s && v instanceof GoStruct st) {
            for (int k = 0; k < s.fields().size(); k++) {
                if (!s.fields().get(k).name().equals("_")) check(s.fields().get(k).type(), st.f[k]);
            }
        }
    }
}
