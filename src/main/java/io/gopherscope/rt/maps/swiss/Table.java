package io.gopherscope.rt.maps.swiss;

import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.maps.classic.Keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code maps.table} (internal/runtime/maps/table.go, Go 1.24): one open-addressing hash table of
 * a power-of-two number of groups, probed quadratically from {@code H1 & lengthMask}. It holds at
 * most 7/8 of its slots (all but one for a single group); when {@code growthLeft} reaches 0 it
 * {@link #rehash}es: it doubles ({@code grow}) up to 1024 slots, beyond that it {@code split}s into
 * two tables under the map's directory.
 *
 * <p>Snapshot kind {@code table}: {@code used capacity growthLeft localDepth index groups}
 * ({@code groups} lists refs to the group objects, consecutive in one allocation).
 *
 * @see <a href="https://github.com/golang/go/blob/go1.24.0/src/internal/runtime/maps/table.go">table.go</a>
 */
public final class Table implements HeapObject {

    @Override
    public long heapBytes() {
        return TABLE_SIZE;
    }
    /** A table is split instead of growing past this many slots. */
    static final int maxTableCapacity = 1024;
    /** Maximum average load per group: 7 of 8 slots. */
    static final int maxAvgGroupLoad = 7;
    /** sizeof(table). */
    static final int TABLE_SIZE = 32;

    final long addr;
    final SwissType typ;
    /** Full slots in this table. */
    public int used;
    /** Total slots (power of two, at least 8). */
    public int capacity;
    /** Inserts into empty slots allowed before a rehash; tombstones do not return it. */
    public int growthLeft;
    /** Number of top hash bits that select this table in the directory. */
    public int localDepth;
    /** First directory index pointing here, or -1 once the table was replaced (stale). */
    public int index;
    public Group[] groups;

    private Table(SwissType typ, long addr, int index, int localDepth) {
        this.typ = typ;
        this.addr = addr;
        this.index = index;
        this.localDepth = localDepth;
    }

    /** {@code newTable}: capacity rounded up to a power of two, at least one group. */
    static Table newTable(Ctx ctx, SwissType typ, long capacity, int index, int localDepth) {
        if (capacity < Group.SLOTS) capacity = Group.SLOTS;
        if (capacity > maxTableCapacity) throw new Throw("initial table capacity too large");
        Table t = new Table(typ, ctx.heap().alloc(TABLE_SIZE), index, localDepth);
        t.reset(ctx, (int) SwissMap.alignUpPow2(capacity));
        return t;
    }

    /** New, empty groups for {@code capacity} slots ({@code newGroups}: one allocation). */
    private void reset(Ctx ctx, int capacity) {
        int groupCount = capacity / Group.SLOTS;
        long base = ctx.heap().alloc((long) typ.groupSize * groupCount, typ.groupNoscan);
        groups = new Group[groupCount];
        for (int i = 0; i < groupCount; i++) groups[i] = new Group(typ, base + (long) i * typ.groupSize);
        this.capacity = capacity;
        resetGrowthLeft();
    }

    void resetGrowthLeft() {
        if (capacity <= Group.SLOTS) {
            growthLeft = capacity - 1; // one empty slot must stop every probe
        } else {
            growthLeft = capacity * maxAvgGroupLoad / Group.SLOTS;
        }
    }

    long lengthMask() {
        return groups.length - 1;
    }

    static long h1(long hash) {
        return hash >>> 7;
    }

    static int h2(long hash) {
        return (int) (hash & 0x7f);
    }

    /** A slot: group and index. */
    record Slot(Group g, int i) {
    }

    /** {@code getWithKey}: probe until a group with an empty slot. */
    Slot getWithKey(long hash, Object key) {
        long mask = lengthMask();
        long offset = h1(hash) & mask;
        int h2 = h2(hash);
        for (long index = 1; ; index++) {
            Group g = groups[(int) offset];
            for (int i = 0; i < Group.SLOTS; i++) {
                if (g.ctrl[i] == h2 && Keys.equal(key, g.keys[i])) return new Slot(g, i);
            }
            if (g.hasEmpty()) return null; // end of the probe sequence
            offset = (offset + index) & mask;
        }
    }

    /**
     * {@code PutSlot}: update the key's slot, or insert into the first tombstone seen on the probe
     * sequence, else the first empty slot of the first group that has one. Returns false when the
     * table had no room and was rehashed instead (the caller retries through the directory).
     */
    boolean putSlot(Ctx ctx, SwissMap m, long hash, Object key, Object val) {
        long mask = lengthMask();
        long offset = h1(hash) & mask;
        int h2 = h2(hash);
        Group firstDeletedGroup = null;
        int firstDeletedSlot = -1;
        for (long index = 1; ; index++) {
            Group g = groups[(int) offset];
            for (int i = 0; i < Group.SLOTS; i++) {
                if (g.ctrl[i] == h2 && Keys.equal(key, g.keys[i])) {
                    if (typ.mt.needkeyupdate) g.keys[i] = Values.copy(key);
                    g.elems[i] = Values.copy(val);
                    return true;
                }
            }
            int empty = g.firstEmpty();
            if (empty >= 0) {
                // end of the probe sequence: the key is new
                int i = empty;
                if (firstDeletedGroup != null) {
                    // reuse the tombstone without consuming growthLeft
                    g = firstDeletedGroup;
                    i = firstDeletedSlot;
                    growthLeft++;
                }
                if (growthLeft > 0) {
                    store(ctx, g, i, key, val);
                    g.ctrl[i] = h2;
                    growthLeft--;
                    used++;
                    m.used++;
                    return true;
                }
                rehash(ctx, m);
                return false;
            }
            if (firstDeletedGroup == null) {
                int d = g.firstEmptyOrDeleted(); // no empty slot here, so this is a tombstone
                if (d >= 0) {
                    firstDeletedGroup = g;
                    firstDeletedSlot = d;
                }
            }
            offset = (offset + index) & mask;
        }
    }

    private void store(Ctx ctx, Group g, int i, Object key, Object val) {
        if (typ.mt.indirectkey) ctx.heap().alloc(Values.sizeof(typ.key), !typ.mt.keyHasPointers);
        if (typ.mt.indirectelem) ctx.heap().alloc(Values.sizeof(typ.elem), !typ.mt.elemHasPointers);
        g.keys[i] = Values.copy(key);
        g.elems[i] = Values.copy(val);
    }

    /** {@code uncheckedPutSlot}: insert a key known to be absent (rehashing). */
    void uncheckedPutSlot(long hash, Object key, Object elem) {
        if (growthLeft == 0) throw new Throw("invariant failed: growthLeft is unexpectedly 0");
        long mask = lengthMask();
        long offset = h1(hash) & mask;
        for (long index = 1; ; index++) {
            Group g = groups[(int) offset];
            int i = g.firstEmptyOrDeleted();
            if (i >= 0) {
                g.keys[i] = key;
                g.elems[i] = elem;
                growthLeft--;
                used++;
                g.ctrl[i] = h2(hash);
                return;
            }
            offset = (offset + index) & mask;
        }
    }

    /** {@code Delete}: an emptied slot in a group with an empty slot becomes empty, else a tombstone. */
    void delete(SwissMap m, long hash, Object key) {
        long mask = lengthMask();
        long offset = h1(hash) & mask;
        int h2 = h2(hash);
        for (long index = 1; ; index++) {
            Group g = groups[(int) offset];
            for (int i = 0; i < Group.SLOTS; i++) {
                if (g.ctrl[i] != h2 || !Keys.equal(key, g.keys[i])) continue;
                used--;
                m.used--;
                if (typ.mt.indirectkey || typ.mt.keyHasPointers) g.keys[i] = null;
                g.elems[i] = null; // always cleared (compound assignment relies on it)
                if (g.hasEmpty()) {
                    // a group with an empty slot ends every probe through it: just empty the slot
                    g.ctrl[i] = Group.ctrlEmpty;
                    growthLeft++;
                } else {
                    // a full group may sit in the middle of some probe sequence: leave a tombstone
                    g.ctrl[i] = Group.ctrlDeleted;
                }
                return;
            }
            if (g.hasEmpty()) return;
            offset = (offset + index) & mask;
        }
    }

    /** {@code rehash}: double while that stays within 1024 slots, else split. */
    void rehash(Ctx ctx, SwissMap m) {
        int newCapacity = 2 * capacity;
        if (newCapacity <= maxTableCapacity) {
            grow(ctx, m, newCapacity);
        } else {
            split(ctx, m);
        }
    }

    /** {@code grow}: a new table of newCapacity gets every full slot (tombstones vanish). */
    private void grow(Ctx ctx, SwissMap m, int newCapacity) {
        ctx.event("mapassign.grow");
        Table nt = newTable(ctx, typ, newCapacity, index, localDepth);
        for (Group g : groups) {
            for (int j = 0; j < Group.SLOTS; j++) {
                if (!Group.isFull(g.ctrl[j])) continue;
                nt.uncheckedPutSlot(typ.hash(g.keys[j], m.seed, ctx.rand()), g.keys[j], g.elems[j]);
            }
        }
        m.replaceTable(nt);
        index = -1;
    }

    /** {@code split}: two 1024-slot tables one level deeper, by the next top bit of the hash. */
    private void split(Ctx ctx, SwissMap m) {
        ctx.event("mapassign.split");
        int depth = localDepth + 1;
        Table left = newTable(ctx, typ, maxTableCapacity, -1, depth);
        Table right = newTable(ctx, typ, maxTableCapacity, -1, depth);
        long mask = 1L << (64 - depth);
        for (Group g : groups) {
            for (int j = 0; j < Group.SLOTS; j++) {
                if (!Group.isFull(g.ctrl[j])) continue;
                long hash = typ.hash(g.keys[j], m.seed, ctx.rand());
                ((hash & mask) == 0 ? left : right).uncheckedPutSlot(hash, g.keys[j], g.elems[j]);
            }
        }
        m.installTableSplit(ctx, this, left, right);
        index = -1;
    }

    /** {@code Clear}: empties every group in place, keeping the capacity. */
    void clear() {
        for (Group g : groups) g.clearAll();
        used = 0;
        resetGrowthLeft();
    }

    @Override
    public long addr() {
        return addr;
    }

    @Override
    public String kind() {
        return "table";
    }

    @Override
    public void describe(Map<String, Object> out, ValueEncoder enc) {
        out.put("used", (long) used);
        out.put("capacity", (long) capacity);
        out.put("growthLeft", (long) growthLeft);
        out.put("localDepth", (long) localDepth);
        out.put("index", (long) index);
        List<Object> gs = new ArrayList<>(groups.length);
        for (Group g : groups) gs.add(enc.ref(g));
        out.put("groups", gs);
        out.put("lengthMask", lengthMask());
    }
}
