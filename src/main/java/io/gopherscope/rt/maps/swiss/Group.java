package io.gopherscope.rt.maps.swiss;

import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One group of a Swiss-table map ({@code groupReference} in internal/runtime/maps/group.go,
 * Go 1.24+): 8 control bytes and 8 key/elem slots. Control byte i (byte i of the little-endian
 * control word) is {@link #ctrlEmpty}, {@link #ctrlDeleted} (a tombstone) or, for a full slot, the
 * key's H2 (low 7 bits of its hash). A {@code null} slot is zeroed memory.
 *
 * <p>Snapshot kind {@code group}: {@code ctrl} (8 ints), {@code keys}, {@code elems}.
 */
public final class Group implements HeapObject {

    @Override
    public long heapBytes() {
        return typ.groupSize;
    }
    /** Empty slot: 1000 0000. */
    public static final int ctrlEmpty = 0x80;
    /** Deleted slot (tombstone): 1111 1110. */
    public static final int ctrlDeleted = 0xFE;
    public static final int SLOTS = 8;

    public final long addr;
    private final SwissType typ;
    public final int[] ctrl = new int[SLOTS];
    public final Object[] keys = new Object[SLOTS];
    public final Object[] elems = new Object[SLOTS];

    Group(SwissType typ, long addr) {
        this.typ = typ;
        this.addr = addr;
        setEmpty();
    }

    /** {@code ctrls().setEmpty()} plus clearing the slots (typedmemclr of the group). */
    void clearAll() {
        java.util.Arrays.fill(keys, null);
        java.util.Arrays.fill(elems, null);
        setEmpty();
    }

    void setEmpty() {
        java.util.Arrays.fill(ctrl, ctrlEmpty);
    }

    static boolean isFull(int c) {
        return (c & ctrlEmpty) == 0;
    }

    /** {@code matchEmpty}: some slot is empty (not deleted). */
    boolean hasEmpty() {
        for (int c : ctrl) {
            if (c == ctrlEmpty) return true;
        }
        return false;
    }

    /** {@code matchEmpty().first()}, or -1. */
    int firstEmpty() {
        for (int i = 0; i < SLOTS; i++) {
            if (ctrl[i] == ctrlEmpty) return i;
        }
        return -1;
    }

    /** {@code matchEmptyOrDeleted().first()}, or -1. */
    int firstEmptyOrDeleted() {
        for (int i = 0; i < SLOTS; i++) {
            if (!isFull(ctrl[i])) return i;
        }
        return -1;
    }

    /** The control word as Go would read it (byte i = slot i). */
    public long ctrlWord() {
        long w = 0;
        for (int i = SLOTS - 1; i >= 0; i--) w = w << 8 | ctrl[i];
        return w;
    }

    @Override
    public long addr() {
        return addr;
    }

    @Override
    public String kind() {
        return "group";
    }

    @Override
    public void describe(Map<String, Object> out, ValueEncoder enc) {
        List<Object> c = new ArrayList<>(SLOTS);
        List<Object> ks = new ArrayList<>(SLOTS);
        List<Object> es = new ArrayList<>(SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            c.add((long) ctrl[i]);
            ks.add(enc.encode(keys[i] != null ? keys[i] : Values.zero(typ.key), typ.key));
            es.add(enc.encode(elems[i] != null ? elems[i] : Values.zero(typ.elem), typ.elem));
        }
        out.put("ctrl", c);
        out.put("keys", ks);
        out.put("elems", es);
    }
}
