package io.gopherscope.rt.maps.swiss;

import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.classic.Keys;

/**
 * {@code maps.Iter} (internal/runtime/maps/table.go, Go 1.24): one {@code range} over a Swiss map.
 *
 * <p>Randomised twice: {@code entryOffset} rotates the slot order inside each table (and the small
 * group), {@code dirOffset} rotates the directory; each table is visited once, skipping the
 * directory entries that share it. If the directory grew since the last step both indexes are
 * shifted by the depth difference. If the table being walked was replaced (grown or split), the
 * iterator keeps walking the old table to decide which keys to return but looks each key up in the
 * current map, so deleted keys are skipped and updates seen; NaN keys come from the old table unless
 * a clear happened.
 *
 * <p>Call order as for the classic map: {@link SwissMap#iterate} ({@code Init}, draws the two
 * offsets; none for an empty map), then {@link #next} before each loop body.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.24.0/src/internal/runtime/maps/table.go">table.go</a>
 */
final class SwissIter implements GoMap.MapIter {
    private final SwissMap m; // null: empty at Init
    private long entryOffset;
    private long dirOffset;
    private long clearSeq;
    private int globalDepth;
    private long dirIdx;      // -1: the map was small at Init
    private Table tab;
    private Group group;      // the small group
    private long entryIdx;
    private Object key;
    private Object elem;
    private Group lastGroup;  // where the entry the loop body has came from (for snapshots)
    private int lastSlot;

    private SwissIter(SwissMap m) {
        this.m = m;
    }

    static SwissIter init(Ctx ctx, SwissMap m) {
        if (m == null || m.used == 0) return new SwissIter(null);
        SwissIter it = new SwissIter(m);
        if (m.dirLen <= 0) {
            it.dirIdx = -1;
            it.group = m.small;
        }
        it.entryOffset = ctx.rand().next64();
        it.dirOffset = ctx.rand().next64();
        it.globalDepth = m.globalDepth;
        it.clearSeq = m.clearSeq;
        return it;
    }

    @Override
    public Object key() {
        return Values.copy(key);
    }

    @Override
    public Object value() {
        return elem == null ? Values.zero(m.typ.elem) : Values.copy(elem);
    }

    @Override
    public boolean next(Ctx ctx) {
        if (m == null) return false;
        if (m.writing != 0) throw new FatalError("concurrent map iteration and map write", true);
        if (dirIdx < 0) return nextSmall(ctx);
        if (globalDepth != m.globalDepth) {
            // the directory grew: scale the indexes with it
            int orders = m.globalDepth - globalDepth;
            dirIdx <<= orders;
            dirOffset <<= orders;
            globalDepth = m.globalDepth;
        }
        for (; dirIdx < m.dirLen; nextDirIdx()) {
            if (tab == null) {
                int d = (int) ((dirIdx + dirOffset) & (m.dirLen - 1));
                Table nt = m.directory[d];
                if (nt.index != d) {
                    // started in the middle of a run of entries for one table: move to its first
                    dirOffset -= d - nt.index;
                }
                tab = nt;
            }
            long entryMask = tab.capacity - 1L;
            while (entryIdx <= entryMask) {
                long e = (entryIdx + entryOffset) & entryMask;
                int slot = (int) (e & (Group.SLOTS - 1));
                Group g = tab.groups[(int) (e >>> 3)];
                entryIdx++;
                if (!Group.isFull(g.ctrl[slot])) continue;
                Object k = g.keys[slot];
                Object v = g.elems[slot];
                if (tab.index == -1) {
                    // the table was grown or split since: use the current map's data
                    Object[] ke = m.getWithKey(ctx, k);
                    if (ke == null) {
                        if (clearSeq == m.clearSeq && !Keys.equalsItself(k)) {
                            ke = new Object[]{k, v}; // a NaN cannot be deleted or updated
                        } else {
                            continue;
                        }
                    }
                    k = ke[0];
                    v = ke[1];
                }
                key = k;
                elem = v;
                lastGroup = g;
                lastSlot = slot;
                return true;
            }
        }
        key = null;
        elem = null;
        lastGroup = null;
        return false;
    }

    private void nextDirIdx() {
        dirIdx += 1L << (m.globalDepth - tab.localDepth);
        tab = null;
        entryIdx = 0;
    }

    private boolean nextSmall(Ctx ctx) {
        for (; entryIdx < Group.SLOTS; entryIdx++) {
            int k = (int) ((entryIdx + entryOffset) & (Group.SLOTS - 1));
            if (!Group.isFull(group.ctrl[k])) continue;
            Object kk = group.keys[k];
            Object v = group.elems[k];
            if (m.dirLen > 0) {
                // grown to a table since Init: decide from the old group, read the new tables
                Object[] ke = m.getWithKey(ctx, kk);
                if (ke == null) {
                    if (clearSeq != m.clearSeq || Keys.equalsItself(kk)) continue;
                } else {
                    kk = ke[0];
                    v = ke[1];
                }
            }
            entryIdx++;
            key = kk;
            elem = v;
            lastGroup = group;
            lastSlot = k;
            return true;
        }
        key = null;
        elem = null;
        lastGroup = null;
        return false;
    }

    @Override
    public String kind() {
        return "swissiter";
    }

    /**
     * Go's {@code maps.Iter} fields; the two random offsets are uint64s, shown in hex as the map's
     * seed is. {@code group} is the group of the entry the loop body has, {@code slot} its slot.
     */
    @Override
    public void describe(java.util.Map<String, Object> out, io.gopherscope.rt.HeapObject.ValueEncoder enc) {
        out.put("m", m == null ? null : enc.ref(m));
        out.put("entryOffset", "0x" + Long.toHexString(entryOffset));
        out.put("dirOffset", "0x" + Long.toHexString(dirOffset));
        out.put("clearSeq", clearSeq);
        out.put("globalDepth", (long) globalDepth);
        out.put("dirIdx", dirIdx);
        out.put("tab", tab == null ? null : enc.ref(tab));
        out.put("group", lastGroup == null ? null : enc.ref(lastGroup));
        out.put("entryIdx", entryIdx);
        out.put("key", key == null ? null : enc.encode(key, m.typ.key));
        out.put("elem", elem == null ? null : enc.encode(elem, m.typ.elem));
        out.put("slot", lastGroup == null ? null : (long) lastSlot);
    }
}
