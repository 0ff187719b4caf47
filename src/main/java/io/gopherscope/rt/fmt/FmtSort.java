package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Addressed;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Map key ordering for printing, modelling {@code internal/fmtsort} (Go 1.19–1.24): the map is
 * iterated once (which, as in Go, draws the iterator's random start) and the entries are sorted
 * stably by key. Numbers numerically (NaN first), strings bytewise, false before true, pointers
 * and channels by address, structs and arrays element-wise, interfaces nil first, then by
 * dynamic type (Go compares type-descriptor addresses, which the linker lays out by type name,
 * so we compare names), then by value.
 */
public final class FmtSort {
    private FmtSort() {
    }

    /** One map entry. */
    public record Entry(Object key, Object value) {}

    /** The entries of {@code m} (nil: none) in fmt's printing order. */
    public static List<Entry> sort(Ctx ctx, GoMap m, Type keyType) {
        List<Entry> out = new ArrayList<>();
        if (m == null) return out;
        GoMap.MapIter it = m.iterate(ctx);
        while (it.next(ctx)) {
            out.add(new Entry(it.key(), it.value()));
        }
        out.sort((a, b) -> compare(a.key(), b.key(), keyType));
        return out;
    }

    /** fmtsort's compare: -1, 0 or 1 for two values of type {@code t}. */
    public static int compare(Object a, Object b, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic bt) {
            if (bt.isInteger()) {
                long x = ((Number) a).longValue();
                long y = ((Number) b).longValue();
                return Integer.signum(bt.isUnsigned() ? Long.compareUnsigned(x, y) : Long.compare(x, y));
            }
            if (bt.isFloat()) return floatCompare(((Number) a).doubleValue(), ((Number) b).doubleValue());
            if (bt.isString()) return Integer.signum(((String) a).compareTo((String) b));
            if (bt.isBoolean()) return Boolean.compare((Boolean) a, (Boolean) b);
            if (bt.isComplex() && a instanceof double[] x && b instanceof double[] y) {
                int c = floatCompare(x[0], y[0]);
                return c != 0 ? c : floatCompare(x[1], y[1]);
            }
            if (bt.kind == Basic.Kind.UNSAFE_POINTER) return Long.compareUnsigned(addr(a), addr(b));
            return 0;
        }
        if (u instanceof Type.Pointer) return Integer.signum(Long.compareUnsigned(addr(a), addr(b)));
        if (u instanceof Type.Chan) {
            Integer c = nilable(a, b);
            if (c != null) return c;
            return Integer.signum(Long.compareUnsigned(addr(a), addr(b)));
        }
        if (u instanceof Type.Struct st) {
            GoStruct x = (GoStruct) a;
            GoStruct y = (GoStruct) b;
            for (int i = 0; i < x.f.length; i++) {
                int c = compare(x.f[i], y.f[i], st.fields().get(i).type());
                if (c != 0) return c;
            }
            return 0;
        }
        if (u instanceof Type.Array at) {
            GoArray x = (GoArray) a;
            GoArray y = (GoArray) b;
            for (int i = 0; i < x.elems.length; i++) {
                int c = compare(x.elems[i], y.elems[i], at.elem());
                if (c != 0) return c;
            }
            return 0;
        }
        if (u instanceof Type.Interface) {
            Integer c = nilable(a, b);
            if (c != null) return c;
            Iface x = (Iface) a;
            Iface y = (Iface) b;
            if (!x.type().equals(y.type())) {
                // distinct types with equal names (local types) keep iteration order
                return Integer.signum(x.type().toString().compareTo(y.type().toString()));
            }
            return compare(x.value(), y.value(), x.type());
        }
        return -1;
    }

    private static Integer nilable(Object a, Object b) {
        if (a == null) return b == null ? 0 : -1;
        if (b == null) return 1;
        return null;
    }

    private static long addr(Object v) {
        if (v == null) return 0;
        if (v instanceof Pointer p) return p.addr();
        if (v instanceof Addressed ad) return ad.addr();
        if (v instanceof Number n) return n.longValue();
        return 0;
    }

    static int floatCompare(double a, double b) {
        if (a < b) return -1;
        if (a > b) return 1;
        if (a == b) return 0;
        boolean na = Double.isNaN(a);
        boolean nb = Double.isNaN(b);
        if (na && !nb) return -1;
        if (!na && nb) return 1;
        return 0;
    }
}
