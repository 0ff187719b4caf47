package io.gopherscope.rt.maps;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.maps.classic.MapOps;
import io.gopherscope.rt.maps.classic.MapType;

/**
 * Entry points the VM calls for map operations, with nil-map semantics: reads of a nil map give
 * zero values, writes panic {@code assignment to entry in nil map}, {@code delete} and
 * {@code clear} do nothing, and {@code range} produces nothing. As in Go, a read or delete on a nil
 * or empty map still panics for a key whose dynamic type is unhashable.
 *
 * <p>The implementation follows the Go version: the classic {@code hmap} ({@link
 * io.gopherscope.rt.maps.classic.HMap}) up to Go 1.23, Swiss tables ({@link
 * io.gopherscope.rt.maps.swiss.SwissMap}) from Go 1.24.
 */
public final class Maps {
    private Maps() {
    }

    /** {@code make(map[K]V, hint)} (hint 0 for {@code make(map[K]V)} and literals). */
    public static GoMap make(Ctx ctx, Type.Map type, long hint) {
        if (ctx.goMinor() >= 24) {
            return io.gopherscope.rt.maps.swiss.SwissMap.make(ctx, type, hint);
        }
        return MapOps.makemap(ctx, type, hint);
    }

    /** {@code m[key]}: the value, or the zero value when absent. */
    public static Object get(Ctx ctx, GoMap m, Object key, Type.Map type) {
        Object v = lookup(ctx, m, key, type);
        return v == GoMap.ABSENT ? Values.zero(type.elem()) : v;
    }

    /** {@code v, ok := m[key]}: the value, or {@link GoMap#ABSENT} (then ok is false and v is zero). */
    public static Object lookup(Ctx ctx, GoMap m, Object key, Type.Map type) {
        if (m == null) {
            nilMapKeyCheck(ctx, type, key);
            return GoMap.ABSENT;
        }
        return m.access(ctx, key);
    }

    /** {@code m[key] = value}. */
    public static void put(Ctx ctx, GoMap m, Object key, Object value) {
        if (m == null) {
            throw GoPanic.plain("assignment to entry in nil map");
        }
        m.assign(ctx, key, value);
    }

    /** {@code delete(m, key)}. */
    public static void delete(Ctx ctx, GoMap m, Object key) {
        if (m != null) {
            m.delete(ctx, key);
        }
    }

    /** Kept for callers that have no map type at hand; a nil map does no key check. */
    public static void delete(Ctx ctx, GoMap m, Object key, Type.Map type) {
        if (m == null) {
            nilMapKeyCheck(ctx, type, key);
            return;
        }
        m.delete(ctx, key);
    }

    /** {@code clear(m)} (Go 1.21+). */
    public static void clear(Ctx ctx, GoMap m) {
        if (m != null) {
            m.clear(ctx);
        }
    }

    /** {@code for k, v := range m}: call {@code next} before each iteration. */
    public static GoMap.MapIter iterate(Ctx ctx, GoMap m) {
        if (m == null) {
            return EMPTY_ITER;
        }
        return m.iterate(ctx);
    }

    public static int len(GoMap m) {
        return m == null ? 0 : m.count();
    }

    private static final GoMap.MapIter EMPTY_ITER = new GoMap.MapIter() {
        @Override
        public boolean next(Ctx ctx) {
            return false;
        }

        @Override
        public Object key() {
            return null;
        }

        @Override
        public Object value() {
            return null;
        }
    };

    /** mapaccess/mapdelete on a nil map: hash the key only to panic on unhashable dynamic types. */
    private static void nilMapKeyCheck(Ctx ctx, Type.Map type, Object key) {
        if (type == null) return;
        if (ctx.goMinor() >= 24) {
            io.gopherscope.rt.maps.swiss.SwissMap.mapKeyError(type, key);
            return;
        }
        MapType t = new MapType(type, ctx.goMinor());
        if (t.hashMightPanic) {
            t.hash(key, 0, ctx.rand());
        }
    }

    /**
     * First half of a map write when several Ps run: sets the writing flag ({@code hashWriting} /
     * {@code writing}) as mapassign does before it touches the table, so a goroutine on another P
     * that reads or writes the map before {@link #endWrite} hits Go's fatal error.
     */
    public static void beginWrite(GoMap m) {
        if (m instanceof io.gopherscope.rt.maps.classic.HMap h) {
            if ((h.flags & 4) != 0) throw new io.gopherscope.rt.FatalError("concurrent map writes", true);
            h.flags |= 4;
        } else if (m instanceof io.gopherscope.rt.maps.swiss.SwissMap sm) {
            if (sm.writing != 0) throw new io.gopherscope.rt.FatalError("concurrent map writes", true);
            sm.writing = 1;
        }
    }

    /** Second half: clears the flag again just before the write itself runs. */
    public static void endWrite(GoMap m) {
        if (m instanceof io.gopherscope.rt.maps.classic.HMap h) {
            if ((h.flags & 4) == 0) throw new io.gopherscope.rt.FatalError("concurrent map writes", true);
            h.flags &= ~4;
        } else if (m instanceof io.gopherscope.rt.maps.swiss.SwissMap sm) {
            if (sm.writing == 0) throw new io.gopherscope.rt.FatalError("concurrent map writes", true);
            sm.writing = 0;
        }
    }
}
