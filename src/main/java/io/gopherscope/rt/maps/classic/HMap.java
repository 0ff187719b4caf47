package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.maps.GoMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code runtime.hmap}: the header of a classic Go map (Go 1.19–1.23, and 1.24 with
 * {@code GOEXPERIMENT=noswissmap}). A map value is a pointer to it. The operations live in
 * {@link MapOps} (runtime/map.go), iteration in {@link MapIter}, the checks in {@link HMapInvariants}.
 *
 * <p>Bucket arrays are {@code BMap[]}: one allocation of {@code 2^B} buckets (plus preallocated
 * overflow buckets for B &gt;= 4) at consecutive addresses {@code base + i*bucketsize}. In snapshots
 * (kind {@code hmap}) {@code buckets} and {@code oldbuckets} are lists of refs to the {@code 2^B}
 * (old: {@code 2^oldB}) main buckets, each a {@code bmap} object under its own address; overflow
 * buckets are reached through each bucket's {@code overflow}; {@code extra} shows
 * {@code nextOverflow} and the number of overflow buckets it keeps alive.
 *
 * <p>Invariants (checked by {@link #checkInvariants()}): {@code count} is the number of live
 * entries; every live key sits in the bucket its hash selects (old bucket if not yet evacuated)
 * with the matching tophash and can be found; no key is present twice; old buckets below
 * {@code nevacuate} are evacuated; {@code nevacuate} only grows during one growth;
 * {@code hashWriting} is clear between operations.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/map.go">runtime/map.go</a>
 */
public final class HMap implements GoMap, HeapObject {

    @Override
    public long heapBytes() {
        return 48;
    }
    final MapType t;
    private final long addr;

    // --- the hmap fields, named as in map.go
    /** Live entries: {@code len(m)}. */
    public int count;
    /** iterator | oldIterator | hashWriting | sameSizeGrow. */
    public int flags;
    /** log2 of the number of buckets. */
    public int B;
    /** Approximate number of overflow buckets (uint16). */
    public int noverflow;
    /** Hash seed (uint32). */
    public long hash0;
    /** Bucket array (2^B main buckets, then preallocated overflow buckets); null until first insert. */
    public BMap[] buckets;
    /** Previous bucket array while growing, else null. */
    public BMap[] oldbuckets;
    /** Evacuation progress: old buckets below this are evacuated. */
    public long nevacuate;
    /** {@code mapextra}, allocated on demand. */
    public MapExtra extra;

    // --- simulator bookkeeping (not in Go)
    /** Counts hashGrow/clear calls, to check that nevacuate is monotonic within one growth. */
    int growGeneration;
    /** growGeneration and nevacuate at the last invariant check. */
    int checkedGeneration = -1;
    long checkedNevacuate;

    /** {@code runtime.mapextra}. */
    public static final class MapExtra {
        public final long addr;
        /** Overflow buckets of {@code buckets} kept alive for pointer-free buckets ({@code *[]*bmap}). */
        public List<BMap> overflow;
        public List<BMap> oldoverflow;
        /** Simulated capacity of the overflow slice (its growth allocates like append). */
        int overflowCap;
        /** Next free preallocated overflow bucket: {@code nextOverflowArr[nextOverflowIdx]}, or none. */
        BMap[] nextOverflowArr;
        int nextOverflowIdx;

        MapExtra(long addr) {
            this.addr = addr;
        }

        public BMap nextOverflow() {
            return nextOverflowArr == null ? null : nextOverflowArr[nextOverflowIdx];
        }

        void setNextOverflow(BMap[] arr, int idx) {
            nextOverflowArr = arr;
            nextOverflowIdx = idx;
        }
    }

    HMap(MapType t, long addr) {
        this.t = t;
        this.addr = addr;
    }

    public MapType mapType() {
        return t;
    }

    boolean growing() {
        return oldbuckets != null;
    }

    boolean sameSizeGrow() {
        return (flags & MapOps.sameSizeGrow) != 0;
    }

    /** Number of buckets before the current growth. */
    long noldbuckets() {
        int oldB = B;
        if (!sameSizeGrow()) oldB--;
        return 1L << oldB;
    }

    long oldbucketmask() {
        return noldbuckets() - 1;
    }

    // --- GoMap

    @Override
    public Type.Map type() {
        return t.type;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public Object access(Ctx ctx, Object key) {
        return MapOps.mapaccess(ctx, this, key);
    }

    @Override
    public void assign(Ctx ctx, Object key, Object value) {
        MapOps.mapassign(ctx, this, key, value);
    }

    @Override
    public void delete(Ctx ctx, Object key) {
        MapOps.mapdelete(ctx, this, key);
    }

    @Override
    public void clear(Ctx ctx) {
        MapOps.mapclear(ctx, this);
    }

    @Override
    public MapIter iterate(Ctx ctx) {
        return io.gopherscope.rt.maps.classic.MapIter.mapiterinit(ctx, this);
    }

    @Override
    public long addr() {
        return addr;
    }

    /** Throws {@link io.gopherscope.rt.Throw} if a structural invariant is broken. */
    public void checkInvariants() {
        HMapInvariants.check(this);
    }

    // --- HeapObject

    @Override
    public String kind() {
        return "hmap";
    }

    @Override
    public void describe(Map<String, Object> out, ValueEncoder enc) {
        out.put("count", (long) count);
        out.put("flags", (long) flags);
        out.put("B", (long) B);
        out.put("noverflow", (long) noverflow);
        out.put("hash0", hash0);
        out.put("buckets", refs(enc, buckets, buckets == null ? 0 : 1 << B));
        out.put("oldbuckets", refs(enc, oldbuckets, oldbuckets == null ? 0 : (int) noldbuckets()));
        out.put("nevacuate", nevacuate);
        if (extra == null) {
            out.put("extra", null);
        } else {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("overflow", extra.overflow == null ? null : (long) extra.overflow.size());
            x.put("oldoverflow", extra.oldoverflow == null ? null : (long) extra.oldoverflow.size());
            BMap n = extra.nextOverflow();
            x.put("nextOverflow", n == null ? null : enc.ref(n));
            out.put("extra", x);
        }
        Map<String, Object> mt = new LinkedHashMap<>();
        mt.put("key", t.key.toString());
        mt.put("elem", t.elem.toString());
        mt.put("keysize", (long) t.keysize);
        mt.put("elemsize", (long) t.elemsize);
        mt.put("bucketsize", (long) t.bucketsize);
        mt.put("indirectkey", t.indirectkey);
        mt.put("indirectelem", t.indirectelem);
        out.put("maptype", mt);
    }

    private static List<Object> refs(ValueEncoder enc, BMap[] arr, int n) {
        if (arr == null) return null;
        List<Object> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(enc.ref(arr[i]));
        return l;
    }

    @Override
    public String toString() {
        return "hmap@0x" + Long.toHexString(addr) + "{count=" + count + " B=" + B + "}";
    }
}
