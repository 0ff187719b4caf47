package io.gopherscope.rt.heap;

import io.gopherscope.lang.types.Type;

/**
 * An array in memory: the backing array of slices, or an array value. As an array value it has
 * value semantics (copied on every store, see {@link io.gopherscope.rt.Values#copy}); as a
 * backing array it is shared by every slice header that points into it.
 */
public final class GoArray {
    public final Type elem;
    public final int elemSize;
    public final Object[] elems;
    /** Simulated address of element 0 (0 until placed on the heap). */
    public long addr;

    public GoArray(Type elem, int elemSize, Object[] elems) {
        this.elem = elem;
        this.elemSize = elemSize;
        this.elems = elems;
    }

    public int length() {
        return elems.length;
    }
}
