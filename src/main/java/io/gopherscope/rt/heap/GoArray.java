package io.gopherscope.rt.heap;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Values;

/**
 * An array in memory: the backing array of slices, or an array value. As an array value it has
 * value semantics (copied on every store, see {@link io.gopherscope.rt.Values#copy}); as a
 * backing array it is shared by every slice header that points into it.
 *
 * <p>Once placed on the heap ({@code addr != 0}, see {@link #place}) the snapshot shows it as an
 * object of kind {@code array}; a slice header shows {@code ptr = addr + off*elemSize}. Arrays of
 * zero-size elements all sit at {@link Heap#ZEROBASE}.
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

    /** A new array of {@code n} zero values of {@code elem}, not yet on the heap. */
    public static GoArray zeroed(Type elem, int n) {
        Object[] e = new Object[n];
        if (Values.needsCopy(elem)) {
            for (int i = 0; i < n; i++) e[i] = Values.zero(elem);
        } else if (n > 0) {
            java.util.Arrays.fill(e, Values.zero(elem));
        }
        return new GoArray(elem, Values.sizeof(elem), e);
    }

    public int length() {
        return elems.length;
    }

    /** Size of the whole array in bytes. */
    public long byteSize() {
        return (long) elemSize * elems.length;
    }

    /**
     * Gives the array a heap address if it has none yet (an array value that becomes addressable,
     * for example because it is sliced). Zero-size arrays get {@link Heap#ZEROBASE}.
     */
    public long place(Heap heap) {
        if (addr == 0) {
            addr = heap.alloc(byteSize(), !hasPointers());
        }
        return addr;
    }

    private boolean hasPointers() {
        return Layout.hasPointers(elem);
    }
}
