package io.gopherscope.rt.heap;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;

/**
 * Memory-layout facts the allocator needs about a type beyond its size ({@code Values.sizeof}):
 * whether it holds pointers ({@code _type.ptrdata != 0}; pointer-free objects are "noscan").
 */
public final class Layout {
    private Layout() {
    }

    /**
     * Whether values of {@code t} contain pointers: pointers, strings, slices, maps, channels, funcs,
     * interfaces, and structs/arrays holding any of them.
     */
    public static boolean hasPointers(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return b.kind == Basic.Kind.STRING || b.kind == Basic.Kind.UNSAFE_POINTER
                    || b.kind == Basic.Kind.UNTYPED_STRING || b.kind == Basic.Kind.UNTYPED_NIL;
        }
        if (u instanceof Type.Array a) return a.len() > 0 && hasPointers(a.elem());
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                if (hasPointers(f.type())) return true;
            }
            return false;
        }
        return true;
    }
}
