package io.gopherscope.rt;

import io.gopherscope.rt.heap.GoArray;

/**
 * A non-nil pointer value. Pointers are paths to a storage location: a heap {@link Cell}, a field
 * of the struct another pointer points at, or an element of an array. Following the path on
 * every access keeps {@code &s.f} valid when {@code s} is later assigned as a whole. A nil pointer
 * is Java {@code null}. Two pointers are equal when their paths are equal (same cell, same index).
 */
public abstract sealed class Pointer permits Pointer.ToCell, Pointer.ToField, Pointer.ToElem {

    public abstract Object load();

    public abstract void store(Object v);

    /** Simulated address, for printing ({@code %p}, {@code 0xc000012345}). */
    public abstract long addr();

    /** Pointer to a heap variable. */
    public static final class ToCell extends Pointer {
        public final Cell cell;

        public ToCell(Cell cell) {
            this.cell = cell;
        }

        @Override
        public Object load() {
            return cell.v;
        }

        @Override
        public void store(Object v) {
            cell.v = v;
        }

        @Override
        public long addr() {
            return cell.addr;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToCell c && c.cell == cell;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(cell);
        }
    }

    /** Pointer to field {@code idx} of the struct {@code base} points at; {@code offset} is its byte offset. */
    public static final class ToField extends Pointer {
        public final Pointer base;
        public final int idx;
        public final long offset;

        public ToField(Pointer base, int idx, long offset) {
            this.base = base;
            this.idx = idx;
            this.offset = offset;
        }

        @Override
        public Object load() {
            return ((GoStruct) base.load()).f[idx];
        }

        @Override
        public void store(Object v) {
            ((GoStruct) base.load()).f[idx] = v;
        }

        @Override
        public long addr() {
            return base.addr() + offset;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToField p && p.idx == idx && p.base.equals(base);
        }

        @Override
        public int hashCode() {
            return base.hashCode() * 31 + idx;
        }
    }

    /** Pointer to element {@code idx} of a backing array (slice elements, array elements on the heap). */
    public static final class ToElem extends Pointer {
        public final GoArray array;
        public final int idx;

        public ToElem(GoArray array, int idx) {
            this.array = array;
            this.idx = idx;
        }

        @Override
        public Object load() {
            return array.elems[idx];
        }

        @Override
        public void store(Object v) {
            array.elems[idx] = v;
        }

        @Override
        public long addr() {
            return array.addr + (long) idx * array.elemSize;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToElem p && p.array == array && p.idx == idx;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(array) * 31 + idx;
        }
    }
}
