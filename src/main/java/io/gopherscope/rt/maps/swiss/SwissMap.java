package io.gopherscope.rt.maps.swiss;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.classic.Keys;
import io.gopherscope.rt.slices.Growslice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code maps.Map}: the Swiss-table map header of Go 1.24+ (internal/runtime/maps/map.go),
 * with {@code NewMap}, {@code Get}, {@code PutSlot}, {@code Delete}, {@code Clear},
 * {@code growToSmall}, {@code growToTable}, {@code installTableSplit}, {@code replaceTable}.
 *
 * <p>Shape: up to 8 entries live in one group with no table ({@code dirLen == 0}, {@code dirPtr}
 * is the group); bigger maps have a directory of {@code 2^globalDepth} table pointers, selected by
 * the top {@code globalDepth} bits of the hash (several entries may share a table whose
 * {@code localDepth} is smaller). Inside a table, H1 = hash &gt;&gt; 7 drives probing and H2 = the low
 * 7 bits is the control byte. The seed is drawn from {@code ctx.rand()} at creation and again
 * whenever the map becomes empty.
 *
 * <p>Snapshot kinds: {@code swissmap} ({@code used seed dirPtr dirLen globalDepth globalShift
 * writing clearSeq}; {@code seed} as a hex string, {@code dirPtr} a ref to the small group or to
 * the directory), {@code directory} ({@code tables}: one ref per entry, duplicates included),
 * {@link Table} ({@code table}) and {@link Group} ({@code group}).
 *
 * <p>Invariants ({@link #checkInvariants()}): {@code used} is the number of full slots; every full
 * slot holds its key's H2 and the key is found by probing from its H1 in the table its top bits
 * select; no key appears twice; a table's {@code growthLeft} equals its initial value minus full
 * and deleted slots; the directory entries of a table are {@code [index, index + 2^(globalDepth -
 * localDepth))}.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.24.0/src/internal/runtime/maps/map.go">maps/map.go</a>
 */
public final class SwissMap implements GoMap, HeapObject {

    @Override
    public long heapBytes() {
        return MAP_SIZE;
    }
    /** sizeof(maps.Map). */
    static final int MAP_SIZE = 48;

    final SwissType typ;
    private final Type.Map type;
    private final long addr;

    // --- the Map fields, named as in map.go
    /** Number of entries: {@code len(m)}. */
    public long used;
    /** Hash seed. */
    public long seed;
    /** The single group of a small map (dirLen == 0), or null. */
    Group small;
    /** The directory (dirLen entries), or null for small maps. */
    Table[] directory;
    long directoryAddr;
    public int dirLen;
    public int globalDepth;
    public int globalShift = 64;
    /** Toggled around every write; non-zero means a write is in progress. */
    public int writing;
    /** Incremented by clear, so iterators can tell. */
    public long clearSeq;

    private SwissMap(SwissType typ, Type.Map type, long addr) {
        this.typ = typ;
        this.type = type;
        this.addr = addr;
    }

    static long alignUpPow2(long n) {
        if (n <= 1) return 1;
        return Long.highestOneBit(n - 1) << 1;
    }

    /** {@code makemap} / {@code NewMap}: no allocation for hints up to 8. */
    public static SwissMap make(Ctx ctx, Type.Map type, long hint) {
        SwissType typ = new SwissType(type, ctx.goMinor());
        SwissMap m = new SwissMap(typ, type, ctx.heap().alloc(MAP_SIZE));
        m.seed = ctx.rand().next64();
        if (hint < 0) hint = 0;
        if (hint <= Group.SLOTS) return m;
        if (hint > Long.MAX_VALUE / Group.SLOTS) return m; // overflow: an empty map
        long targetCapacity = hint * Group.SLOTS / Table.maxAvgGroupLoad;
        long dirSize = alignUpPow2((targetCapacity + Table.maxTableCapacity - 1) / Table.maxTableCapacity);
        if (dirSize > Growslice.MAX_ALLOC / Table.maxTableCapacity / typ.groupSize) return m; // absurd hint
        m.globalDepth = Long.numberOfTrailingZeros(dirSize);
        m.globalShift = 64 - m.globalDepth;
        m.directoryAddr = ctx.heap().alloc(8 * dirSize);
        m.directory = new Table[(int) dirSize];
        for (int i = 0; i < dirSize; i++) {
            m.directory[i] = Table.newTable(ctx, typ, targetCapacity / dirSize, i, m.globalDepth);
        }
        m.dirLen = (int) dirSize;
        return m;
    }

    /** {@code mapKeyError}: the panic a nil or empty map read/delete still raises for an unhashable key. */
    public static void mapKeyError(Type.Map type, Object key) {
        KeyError.check(io.gopherscope.rt.maps.classic.TypeHash.mightPanic(type.key()), type.key(), key);
    }

    int directoryIndex(long hash) {
        if (dirLen == 1) return 0;
        return (int) (hash >>> (globalShift & 63));
    }

    // --- GoMap

    @Override
    public Type.Map type() {
        return type;
    }

    @Override
    public int count() {
        return (int) used;
    }

    @Override
    public long addr() {
        return addr;
    }

    @Override
    public Object access(Ctx ctx, Object key) {
        if (used == 0) {
            KeyError.check(typ.mt.hashMightPanic, typ.key, key);
            return ABSENT;
        }
        if (writing != 0) throw new FatalError("concurrent map read and map write", true);
        Object[] ke = getWithKey(ctx, key);
        if (ke == null) return ABSENT;
        return ke[1] == null ? Values.zero(typ.elem) : Values.copy(ke[1]);
    }

    /** {@code getWithKey}: the stored key and elem, or null. */
    Object[] getWithKey(Ctx ctx, Object key) {
        if (used == 0) return null;
        if (writing != 0) throw new FatalError("concurrent map read and map write", true);
        long hash = typ.hash(key, seed, ctx.rand());
        if (dirLen == 0) {
            int h2 = Table.h2(hash);
            for (int i = 0; i < Group.SLOTS; i++) {
                if (small.ctrl[i] == h2 && Keys.equal(key, small.keys[i])) return new Object[]{small.keys[i], small.elems[i]};
            }
            return null;
        }
        Table.Slot s = directory[directoryIndex(hash)].getWithKey(hash, key);
        return s == null ? null : new Object[]{s.g().keys[s.i()], s.g().elems[s.i()]};
    }

    @Override
    public void assign(Ctx ctx, Object key, Object value) {
        if (writing != 0) throw new FatalError("concurrent map writes", true);
        long hash = typ.hash(key, seed, ctx.rand());
        writing ^= 1; // after hashing: a panicking hash writes nothing
        if (small == null && directory == null) growToSmall(ctx);
        if (dirLen == 0) {
            if (used < Group.SLOTS) {
                putSlotSmall(ctx, hash, key, value);
                finishWrite();
                return;
            }
            // no room for another entry (even for an update, as in Go 1.24): become a table
            growToTable(ctx);
        }
        while (!directory[directoryIndex(hash)].putSlot(ctx, this, hash, key, value)) {
            // the table was rehashed (grown or split): look it up again
        }
        finishWrite();
    }

    private void finishWrite() {
        if (writing == 0) throw new FatalError("concurrent map writes", true);
        writing ^= 1;
    }

    private void growToSmall(Ctx ctx) {
        small = new Group(typ, ctx.heap().alloc(typ.groupSize, typ.groupNoscan));
    }

    private void putSlotSmall(Ctx ctx, long hash, Object key, Object value) {
        int h2 = Table.h2(hash);
        for (int i = 0; i < Group.SLOTS; i++) {
            if (small.ctrl[i] == h2 && Keys.equal(key, small.keys[i])) {
                if (typ.mt.needkeyupdate) small.keys[i] = Values.copy(key);
                small.elems[i] = Values.copy(value);
                return;
            }
        }
        int i = small.firstEmptyOrDeleted();
        if (i < 0) throw new FatalError("no space left in small map", false);
        if (typ.mt.indirectkey) ctx.heap().alloc(Values.sizeof(typ.key), !typ.mt.keyHasPointers);
        if (typ.mt.indirectelem) ctx.heap().alloc(Values.sizeof(typ.elem), !typ.mt.elemHasPointers);
        small.keys[i] = Values.copy(key);
        small.elems[i] = Values.copy(value);
        small.ctrl[i] = h2;
        used++;
    }

    /** {@code growToTable}: the 8 entries of the small group move into a 16-slot table. */
    private void growToTable(Ctx ctx) {
        ctx.event("mapassign.growToTable");
        Table tab = Table.newTable(ctx, typ, 2L * Group.SLOTS, 0, 0);
        for (int i = 0; i < Group.SLOTS; i++) {
            if (!Group.isFull(small.ctrl[i])) continue;
            tab.uncheckedPutSlot(typ.hash(small.keys[i], seed, ctx.rand()), small.keys[i], small.elems[i]);
        }
        directoryAddr = ctx.heap().alloc(8);
        directory = new Table[]{tab};
        dirLen = 1;
        globalDepth = 0;
        globalShift = 64;
        small = null;
    }

    /** {@code replaceTable}: point all of nt's directory entries at it. */
    void replaceTable(Table nt) {
        int entries = 1 << (globalDepth - nt.localDepth);
        for (int i = 0; i < entries; i++) directory[nt.index + i] = nt;
    }

    /** {@code installTableSplit}: doubles the directory first if old was as deep as it. */
    void installTableSplit(Ctx ctx, Table old, Table left, Table right) {
        if (old.localDepth == globalDepth) {
            Table[] newDir = new Table[dirLen * 2];
            for (int i = 0; i < dirLen; i++) {
                Table t = directory[i];
                newDir[2 * i] = t;
                newDir[2 * i + 1] = t;
                if (t.index == i) t.index = 2 * i; // first time this table is seen
            }
            globalDepth++;
            globalShift--;
            directoryAddr = ctx.heap().alloc(8L * newDir.length);
            directory = newDir;
            dirLen = newDir.length;
        }
        left.index = old.index;
        replaceTable(left);
        right.index = left.index + (1 << (globalDepth - left.localDepth));
        replaceTable(right);
    }

    @Override
    public void delete(Ctx ctx, Object key) {
        if (used == 0) {
            KeyError.check(typ.mt.hashMightPanic, typ.key, key);
            return;
        }
        if (writing != 0) throw new FatalError("concurrent map writes", true);
        long hash = typ.hash(key, seed, ctx.rand());
        writing ^= 1;
        if (dirLen == 0) {
            deleteSmall(hash, key);
        } else {
            directory[directoryIndex(hash)].delete(this, hash, key);
        }
        if (used == 0) {
            // reset the seed to make repeated collision attacks harder (issue 25237)
            seed = ctx.rand().next64();
        }
        finishWrite();
    }

    private void deleteSmall(long hash, Object key) {
        int h2 = Table.h2(hash);
        for (int i = 0; i < Group.SLOTS; i++) {
            if (small.ctrl[i] != h2 || !Keys.equal(key, small.keys[i])) continue;
            used--;
            if (typ.mt.indirectkey || typ.mt.keyHasPointers) small.keys[i] = null;
            small.elems[i] = null;
            small.ctrl[i] = Group.ctrlEmpty; // one group: deleted slots can be reused at once
            return;
        }
    }

    @Override
    public void clear(Ctx ctx) {
        if (used == 0) return;
        if (writing != 0) throw new FatalError("concurrent map writes", true);
        writing ^= 1;
        if (dirLen == 0) {
            small.clearAll();
        } else {
            Table last = null;
            for (Table t : directory) {
                if (t == last) continue;
                t.clear();
                last = t;
            }
        }
        used = 0;
        clearSeq++;
        seed = ctx.rand().next64();
        finishWrite();
    }

    @Override
    public MapIter iterate(Ctx ctx) {
        return SwissIter.init(ctx, this);
    }

    /** Throws {@link Throw} if a structural invariant is broken. */
    public void checkInvariants() {
        SwissInvariants.check(this);
    }

    /** The distinct tables, in directory order. */
    public List<Table> tables() {
        List<Table> l = new ArrayList<>();
        if (directory == null) return l;
        Table last = null;
        for (Table t : directory) {
            if (t != last) l.add(t);
            last = t;
        }
        return l;
    }

    public Group smallGroup() {
        return small;
    }

    // --- HeapObject

    @Override
    public String kind() {
        return "swissmap";
    }

    @Override
    public void describe(Map<String, Object> out, ValueEncoder enc) {
        out.put("used", used);
        out.put("seed", "0x" + Long.toHexString(seed)); // a uintptr: unsigned, shown in hex
        Object dir = null;
        if (small != null) dir = enc.ref(small);
        else if (directory != null) dir = enc.ref(new Directory(directoryAddr, directory));
        out.put("dirPtr", dir);
        out.put("dirLen", (long) dirLen);
        out.put("globalDepth", (long) globalDepth);
        out.put("globalShift", (long) globalShift);
        out.put("writing", (long) writing);
        out.put("clearSeq", clearSeq);
    }

    /** The directory array ({@code []*table}) as a snapshot object of kind {@code directory}. */
    record Directory(long addr, Table[] tables) implements HeapObject {
        @Override
        public String kind() {
            return "directory";
        }

        @Override
        public void describe(Map<String, Object> out, ValueEncoder enc) {
            List<Object> l = new ArrayList<>(tables.length);
            for (Table t : tables) l.add(enc.ref(t));
            out.put("tables", l);
        }
    }

    @Override
    public String toString() {
        return "swissmap@0x" + Long.toHexString(addr) + "{used=" + used + " dirLen=" + dirLen + "}";
    }
}
