package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.Heap;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.slices.Growslice;

/**
 * The classic map operations of {@code runtime/map.go}, Go 1.19–1.23: {@code makemap},
 * {@code mapaccess1/2}, {@code mapaccessK}, {@code mapassign}, {@code mapdelete}, {@code mapclear},
 * {@code hashGrow}, {@code growWork}, {@code evacuate}, {@code advanceEvacuationMark},
 * {@code makeBucketArray}, {@code newoverflow}. Iteration is {@link MapIter}.
 *
 * <p>A key's hash picks bucket {@code hash & (2^B-1)} (low bits) and its tophash is the top byte.
 * Growth is incremental: {@code hashGrow} only allocates the new array, and each later assign or
 * delete evacuates (at most) two old buckets. Every random choice ({@code hash0}, NaN hashes,
 * {@code noverflow} sampling for B &gt;= 16) comes from {@code ctx.rand()}.
 *
 * <p>Each operation runs to completion inside one VM step, so the {@code hashWriting} flag is only
 * ever seen set if an operation is re-entered; the checks are kept, with Go's fatal messages.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/map.go">runtime/map.go</a>
 */
public final class MapOps {
    private MapOps() {
    }

    static final int bucketCntBits = 3;
    /** Maximum number of key/elem pairs a bucket can hold. */
    static final int bucketCnt = 1 << bucketCntBits;
    /** Load factor 6.5 = loadFactorNum/loadFactorDen entries per bucket triggers growth. */
    static final int loadFactorNum = 13;
    static final int loadFactorDen = 2;

    // tophash states
    /** This cell is empty, and so are all later cells of the bucket and its overflows. */
    static final int emptyRest = 0;
    /** This cell is empty. */
    static final int emptyOne = 1;
    /** Entry is valid, but was evacuated to the first half of the larger table. */
    static final int evacuatedX = 2;
    /** Same, second half of the larger table. */
    static final int evacuatedY = 3;
    /** Cell is empty, bucket is evacuated. */
    static final int evacuatedEmpty = 4;
    /** Minimum tophash of a normal filled cell. */
    static final int minTopHash = 5;

    // flags
    /** There may be an iterator using buckets. */
    static final int iterator = 1;
    /** There may be an iterator using oldbuckets. */
    static final int oldIterator = 2;
    /** A goroutine is writing to the map. */
    static final int hashWriting = 4;
    /** The current map growth is to a new map of the same size. */
    static final int sameSizeGrow = 8;

    /** sizeof(hmap), sizeof(mapextra), sizeof([]*bmap). */
    static final int HMAP_SIZE = 48;
    static final int MAPEXTRA_SIZE = 24;
    static final int SLICE_HEADER_SIZE = 24;

    static boolean isEmpty(int x) {
        return x <= emptyOne;
    }

    /** A bucket is evacuated iff its first tophash is evacuatedX, evacuatedY or evacuatedEmpty. */
    static boolean evacuated(BMap b) {
        int h = b.tophash[0];
        return h > emptyOne && h < minTopHash;
    }

    static int tophash(long hash) {
        int top = (int) (hash >>> 56);
        if (top < minTopHash) top += minTopHash;
        return top;
    }

    static long bucketMask(int b) {
        return (1L << b) - 1;
    }

    /** More than 6.5 entries per bucket (and more than one bucket's worth). */
    static boolean overLoadFactor(long count, int b) {
        return count > bucketCnt && count > loadFactorNum * ((1L << b) / loadFactorDen);
    }

    /** As many overflow buckets as buckets (counting up to 2^15). */
    static boolean tooManyOverflowBuckets(int noverflow, int b) {
        if (b > 15) b = 15;
        return noverflow >= 1 << b;
    }

    /** {@code makemap}: initial B from the hint; buckets allocated now only when B &gt; 0. */
    public static HMap makemap(Ctx ctx, Type.Map type, long hint) {
        MapType t = new MapType(type, ctx.goMinor());
        if (hint < 0 || hint > Growslice.MAX_ALLOC / t.bucketsize) {
            hint = 0; // negative or absurd hints are treated as 0
        }
        HMap h = new HMap(t, ctx.heap().alloc(HMAP_SIZE));
        h.hash0 = ctx.rand().next32() & 0xffffffffL;
        int b = 0;
        while (overLoadFactor(hint, b)) b++;
        h.B = b;
        if (b != 0) {
            BMap[] arr = makeBucketArray(ctx, h, b, null);
            h.buckets = arr;
            if (arr.length != 1 << b) {
                h.extra = new HMap.MapExtra(ctx.heap().alloc(MAPEXTRA_SIZE));
                h.extra.setNextOverflow(arr, 1 << b);
            }
        }
        return h;
    }

    /**
     * {@code makeBucketArray}: 2^b buckets, plus for b &gt;= 4 about 2^(b-4) preallocated overflow
     * buckets and whatever else fits in the size class. The last spare carries the sentinel.
     * With {@code dirty}, the old array's memory is cleared and reused (mapclear).
     */
    static BMap[] makeBucketArray(Ctx ctx, HMap h, int b, BMap[] dirty) {
        MapType t = h.t;
        long base = 1L << b;
        long nbuckets = base;
        if (b >= 4) {
            nbuckets += 1L << (b - 4);
            long sz = t.bucketsize * nbuckets;
            long up = Growslice.roundupsize(sz, t.bucketNoscan, ctx.goMinor());
            if (up != sz) nbuckets = up / t.bucketsize;
        }
        BMap[] arr;
        if (dirty == null) {
            long addr = ctx.heap().alloc(t.bucketsize * nbuckets, t.bucketNoscan);
            arr = new BMap[(int) nbuckets];
            for (int i = 0; i < arr.length; i++) arr[i] = new BMap(t, addr + (long) i * t.bucketsize);
        } else {
            arr = dirty;
            for (BMap x : arr) x.reset();
        }
        if (base != nbuckets) {
            arr[arr.length - 1].overflowSentinel = true;
        }
        return arr;
    }

    /** {@code mapaccess2}: the elem for key, or {@link GoMap#ABSENT}. */
    public static Object mapaccess(Ctx ctx, HMap h, Object key) {
        MapType t = h.t;
        if (h.count == 0) {
            if (t.hashMightPanic) t.hash(key, 0, ctx.rand()); // m[k] panics for unhashable k
            return GoMap.ABSENT;
        }
        if ((h.flags & hashWriting) != 0) {
            throw new FatalError("concurrent map read and map write", true);
        }
        long hash = t.hash(key, h.hash0, ctx.rand());
        Slot s = find(h, key, hash);
        if (s == null) return GoMap.ABSENT;
        Object e = s.b.elems[s.i];
        return e == null ? Values.zero(t.elem) : Values.copy(e);
    }

    /** A cell: bucket and index. */
    record Slot(BMap b, int i) {
    }

    /**
     * Looks {@code key} up: the bucket its hash selects, or the old one while that is not yet
     * evacuated. Returns the cell, or null.
     */
    static Slot find(HMap h, Object key, long hash) {
        long m = bucketMask(h.B);
        BMap b = h.buckets[(int) (hash & m)];
        if (h.oldbuckets != null) {
            if (!h.sameSizeGrow()) m >>= 1; // there used to be half as many buckets
            BMap oldb = h.oldbuckets[(int) (hash & m)];
            if (!evacuated(oldb)) b = oldb;
        }
        int top = tophash(hash);
        for (; b != null; b = b.overflow) {
            for (int i = 0; i < bucketCnt; i++) {
                if (b.tophash[i] != top) {
                    if (b.tophash[i] == emptyRest) return null;
                    continue;
                }
                if (Keys.equal(key, b.keys[i])) return new Slot(b, i);
            }
        }
        return null;
    }

    /** {@code mapaccessK}: the stored key and elem, or null (used by iterators after a grow). */
    static Object[] mapaccessK(Ctx ctx, HMap h, Object key) {
        if (h.count == 0) return null;
        long hash = h.t.hash(key, h.hash0, ctx.rand());
        Slot s = find(h, key, hash);
        return s == null ? null : new Object[]{s.b.keys[s.i], s.b.elems[s.i]};
    }

    /** {@code mapassign} and the store of the value. The caller has rejected nil maps. */
    public static void mapassign(Ctx ctx, HMap h, Object key, Object val) {
        MapType t = h.t;
        if ((h.flags & hashWriting) != 0) {
            throw new FatalError("concurrent map writes", true);
        }
        long hash = t.hash(key, h.hash0, ctx.rand());
        // set hashWriting after hashing: the hash may panic, and then nothing was written
        h.flags ^= hashWriting;
        if (h.buckets == null) {
            h.buckets = new BMap[]{new BMap(t, ctx.heap().alloc(t.bucketsize, t.bucketNoscan))};
        }
        while (true) { // again:
            long bucket = hash & bucketMask(h.B);
            if (h.growing()) growWork(ctx, h, bucket);
            BMap b = h.buckets[(int) bucket];
            int top = tophash(hash);
            BMap insertb = null;
            int inserti = -1;
            bucketloop:
            while (true) {
                for (int i = 0; i < bucketCnt; i++) {
                    if (b.tophash[i] != top) {
                        if (isEmpty(b.tophash[i]) && insertb == null) {
                            insertb = b;
                            inserti = i;
                        }
                        if (b.tophash[i] == emptyRest) break bucketloop;
                        continue;
                    }
                    if (!Keys.equal(key, b.keys[i])) continue;
                    // already have a mapping for key: update it
                    if (t.needkeyupdate) b.keys[i] = Values.copy(key);
                    b.elems[i] = Values.copy(val);
                    finishWrite(h);
                    return;
                }
                if (b.overflow == null) break;
                b = b.overflow;
            }
            // not found: grow first if the table is too full, then retry
            if (!h.growing() && (overLoadFactor(h.count + 1L, h.B) || tooManyOverflowBuckets(h.noverflow, h.B))) {
                hashGrow(ctx, h);
                continue;
            }
            if (insertb == null) {
                // the bucket and its overflow chain are full: chain a new overflow bucket
                insertb = newoverflow(ctx, h, b);
                inserti = 0;
            }
            if (t.indirectkey) ctx.heap().alloc(Values.sizeof(t.key), !t.keyHasPointers);
            if (t.indirectelem) ctx.heap().alloc(Values.sizeof(t.elem), !t.elemHasPointers);
            insertb.keys[inserti] = Values.copy(key);
            insertb.elems[inserti] = Values.copy(val);
            insertb.tophash[inserti] = top;
            h.count++;
            finishWrite(h);
            return;
        }
    }

    private static void finishWrite(HMap h) {
        if ((h.flags & hashWriting) == 0) {
            throw new FatalError("concurrent map writes", true);
        }
        h.flags &= ~hashWriting;
    }

    /** {@code mapdelete}. Emptied cells at the end of a chain become emptyRest. */
    public static void mapdelete(Ctx ctx, HMap h, Object key) {
        MapType t = h.t;
        if (h.count == 0) {
            if (t.hashMightPanic) t.hash(key, 0, ctx.rand());
            return;
        }
        if ((h.flags & hashWriting) != 0) {
            throw new FatalError("concurrent map writes", true);
        }
        long hash = t.hash(key, h.hash0, ctx.rand());
        h.flags ^= hashWriting;
        long bucket = hash & bucketMask(h.B);
        if (h.growing()) growWork(ctx, h, bucket);
        BMap b = h.buckets[(int) bucket];
        BMap bOrig = b;
        int top = tophash(hash);
        search:
        for (; b != null; b = b.overflow) {
            for (int i = 0; i < bucketCnt; i++) {
                if (b.tophash[i] != top) {
                    if (b.tophash[i] == emptyRest) break search;
                    continue;
                }
                if (!Keys.equal(key, b.keys[i])) continue;
                // only clear the key if it has pointers; the elem is always cleared
                if (t.indirectkey || t.keyHasPointers) b.keys[i] = null;
                b.elems[i] = null;
                b.tophash[i] = emptyOne;
                markEmptyRest(b, i, bOrig);
                h.count--;
                // reset the seed to make repeated collision attacks harder (issue 25237)
                if (h.count == 0) h.hash0 = ctx.rand().next32() & 0xffffffffL;
                break search;
            }
        }
        finishWrite(h);
    }

    /**
     * If cell i of b now ends its chain in empty cells, turn it and the run of emptyOne cells
     * before it into emptyRest, walking backwards across the chain starting at bOrig.
     */
    private static void markEmptyRest(BMap b, int i, BMap bOrig) {
        if (i == bucketCnt - 1) {
            if (b.overflow != null && b.overflow.tophash[0] != emptyRest) return;
        } else if (b.tophash[i + 1] != emptyRest) {
            return;
        }
        while (true) {
            b.tophash[i] = emptyRest;
            if (i == 0) {
                if (b == bOrig) break; // beginning of the initial bucket
                BMap c = b;
                for (b = bOrig; b.overflow != c; b = b.overflow) {
                    // find the previous bucket
                }
                i = bucketCnt - 1;
            } else {
                i--;
            }
            if (b.tophash[i] != emptyOne) break;
        }
    }

    /**
     * {@code mapclear} (clear(m), Go 1.21+, and the {@code for k := range m { delete(m, k) }}
     * idiom): empties the map keeping B and the bucket memory, marks every cell emptyRest first so
     * that live iterators stop producing entries, and re-randomises hash0.
     */
    public static void mapclear(Ctx ctx, HMap h) {
        if (h.count == 0) return;
        if ((h.flags & hashWriting) != 0) {
            throw new FatalError("concurrent map writes", true);
        }
        h.flags ^= hashWriting;
        markBucketsEmpty(h.buckets, 1 << h.B);
        if (h.oldbuckets != null) markBucketsEmpty(h.oldbuckets, (int) h.noldbuckets());
        h.flags &= ~sameSizeGrow;
        h.oldbuckets = null;
        h.nevacuate = 0;
        h.noverflow = 0;
        h.count = 0;
        h.growGeneration++;
        h.hash0 = ctx.rand().next32() & 0xffffffffL;
        if (h.extra != null) {
            // keep the mapextra allocation but clear its contents
            h.extra.overflow = null;
            h.extra.oldoverflow = null;
            h.extra.overflowCap = 0;
            h.extra.setNextOverflow(null, 0);
        }
        BMap[] arr = makeBucketArray(ctx, h, h.B, h.buckets);
        if (arr.length != 1 << h.B) {
            if (h.extra == null) h.extra = new HMap.MapExtra(ctx.heap().alloc(MAPEXTRA_SIZE));
            h.extra.setNextOverflow(arr, 1 << h.B);
        }
        finishWrite(h);
    }

    private static void markBucketsEmpty(BMap[] arr, int n) {
        for (int i = 0; i < n; i++) {
            for (BMap b = arr[i]; b != null; b = b.overflow) {
                java.util.Arrays.fill(b.tophash, emptyRest);
            }
        }
    }

    /**
     * {@code hashGrow}: doubles the table, or (too many overflow buckets for the load) starts a
     * same-size grow that repacks the chains. Only allocates; growWork moves the data.
     */
    static void hashGrow(Ctx ctx, HMap h) {
        int bigger = 1;
        if (!overLoadFactor(h.count + 1L, h.B)) {
            bigger = 0;
            h.flags |= sameSizeGrow;
        }
        ctx.event(bigger == 1 ? "mapassign.grow" : "mapassign.grow.samesize");
        BMap[] old = h.buckets;
        BMap[] arr = makeBucketArray(ctx, h, h.B + bigger, null);
        int flags = h.flags & ~(iterator | oldIterator);
        if ((h.flags & iterator) != 0) flags |= oldIterator;
        h.B += bigger;
        h.flags = flags;
        h.oldbuckets = old;
        h.buckets = arr;
        h.nevacuate = 0;
        h.noverflow = 0;
        h.growGeneration++;
        if (h.extra != null && h.extra.overflow != null) {
            // promote the current overflow buckets to the old generation
            if (h.extra.oldoverflow != null) throw new Throw("oldoverflow is not nil");
            h.extra.oldoverflow = h.extra.overflow;
            h.extra.overflow = null;
            h.extra.overflowCap = 0;
        }
        if (arr.length != 1 << h.B) {
            if (h.extra == null) h.extra = new HMap.MapExtra(ctx.heap().alloc(MAPEXTRA_SIZE));
            h.extra.setNextOverflow(arr, 1 << h.B);
        }
    }

    /**
     * {@code growWork}: evacuate the old bucket feeding the bucket about to be used, then one more
     * (the one at nevacuate) to make progress.
     */
    static void growWork(Ctx ctx, HMap h, long bucket) {
        Evacuate.evacuate(ctx, h, bucket & h.oldbucketmask());
        if (h.growing()) Evacuate.evacuate(ctx, h, h.nevacuate);
    }

    /**
     * {@code newoverflow}: chains an overflow bucket after b, taking a preallocated one if any is
     * left, else allocating a new one; counts it in noverflow.
     */
    static BMap newoverflow(Ctx ctx, HMap h, BMap b) {
        MapType t = h.t;
        BMap ovf;
        if (h.extra != null && h.extra.nextOverflow() != null) {
            ovf = h.extra.nextOverflow();
            if (!ovf.overflowSentinel) {
                // not at the end of the preallocated buckets: bump the pointer
                h.extra.nextOverflowIdx++;
            } else {
                // the last preallocated bucket: drop the sentinel
                ovf.overflowSentinel = false;
                h.extra.setNextOverflow(null, 0);
            }
        } else {
            ovf = new BMap(t, ctx.heap().alloc(t.bucketsize, t.bucketNoscan));
        }
        incrnoverflow(ctx, h);
        if (t.bucketNoscan) {
            createOverflow(ctx, h);
            appendOverflow(ctx, h.extra, ovf);
        }
        b.overflow = ovf;
        ctx.event("mapassign.newoverflow");
        return ovf;
    }

    /** noverflow is exact below B = 16, then counted with probability 1/2^(B-15). */
    static void incrnoverflow(Ctx ctx, HMap h) {
        if (h.B < 16) {
            h.noverflow = (h.noverflow + 1) & 0xffff;
            return;
        }
        int mask = (1 << (h.B - 15)) - 1;
        if ((ctx.rand().next32() & mask) == 0) {
            h.noverflow = (h.noverflow + 1) & 0xffff;
        }
    }

    /** {@code createOverflow}: mapextra and its overflow slice for pointer-free buckets. */
    static void createOverflow(Ctx ctx, HMap h) {
        Heap heap = ctx.heap();
        if (h.extra == null) h.extra = new HMap.MapExtra(heap.alloc(MAPEXTRA_SIZE));
        if (h.extra.overflow == null) {
            heap.alloc(SLICE_HEADER_SIZE);
            h.extra.overflow = new java.util.ArrayList<>();
            h.extra.overflowCap = 0;
        }
    }

    /** {@code append(*h.extra.overflow, ovf)}, allocating as growslice would. */
    private static void appendOverflow(Ctx ctx, HMap.MapExtra x, BMap ovf) {
        int len = x.overflow.size();
        if (len == x.overflowCap) {
            long newcap = Growslice.nextslicecap(len + 1L, x.overflowCap, ctx.goMinor());
            long mem = Growslice.roundupsize(newcap * 8, false, ctx.goMinor());
            ctx.heap().alloc(mem);
            x.overflowCap = (int) (mem / 8);
        }
        x.overflow.add(ovf);
    }
}
