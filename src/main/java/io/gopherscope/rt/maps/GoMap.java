package io.gopherscope.rt.maps;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;

/**
 * A Go map value (a pointer to the runtime's map header): the classic {@code hmap} for Go up to
 * 1.23, Swiss tables from 1.24. A nil map is Java {@code null}; the static helpers in
 * {@link Maps} give nil maps Go's semantics. Keys and values use the {@link io.gopherscope.rt.Values}
 * representation; implementations store copies of struct/array keys and values.
 */
public interface GoMap extends io.gopherscope.rt.Addressed {
    /** Marker returned by {@link #access} for a missing key. */
    Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    Type.Map type();

    /** {@code len(m)}. */
    int count();

    /** {@code mapaccess}: the value for {@code key}, or {@link #ABSENT}. */
    Object access(Ctx ctx, Object key);

    /** {@code mapassign} + store. */
    void assign(Ctx ctx, Object key, Object value);

    /** {@code mapdelete}. */
    void delete(Ctx ctx, Object key);

    /** {@code clear(m)} (Go 1.21+). */
    void clear(Ctx ctx);

    /** {@code mapiterinit}: a new iterator with the runtime's random start. */
    MapIter iterate(Ctx ctx);

    /** Simulated address of the map header. */
    long addr();

    /** One live {@code range} over a map ({@code hiter}). */
    interface MapIter {
        /** {@code mapiternext}: advances; false when the iteration is over. */
        boolean next(Ctx ctx);

        Object key();

        Object value();

        /** The snapshot kind: {@code hiter} (classic map) or {@code swissiter} (Swiss table). */
        default String kind() {
            return "hiter";
        }

        /**
         * The iterator's position for a snapshot, with Go's field names, plus {@code slot}: the
         * slot of the entry the loop body has now (in {@code bptr}, or in {@code group}), or null.
         */
        default void describe(java.util.Map<String, Object> out, io.gopherscope.rt.HeapObject.ValueEncoder enc) {
            out.put("h", null); // a nil map's range: nothing to walk
        }
    }
}
