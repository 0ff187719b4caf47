package io.gopherscope.rt.slices;

import io.gopherscope.rt.heap.GoArray;

/**
 * A slice header {@code (array, len, cap)} as in {@code runtime/slice.go}: a window
 * {@code [off, off+len)} of a shared backing array whose capacity ends at {@code off+cap}.
 * A nil slice is Java {@code null}; an empty non-nil slice points at the runtime's zerobase.
 * Headers are immutable: slicing and appending make new headers.
 */
public final class Slice {
    public final GoArray array;
    public final int off;
    public final int len;
    public final int cap;

    public Slice(GoArray array, int off, int len, int cap) {
        this.array = array;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }

    public Object get(int i) {
        return array.elems[off + i];
    }

    public void set(int i, Object v) {
        array.elems[off + i] = v;
    }

    /** Address of element 0, what the snapshot shows as {@code ptr}. */
    public long ptr() {
        return array.addr + (long) off * array.elemSize;
    }
}
