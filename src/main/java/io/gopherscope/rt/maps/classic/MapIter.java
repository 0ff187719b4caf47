package io.gopherscope.rt.maps.classic;

import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.maps.GoMap;

import static io.gopherscope.rt.maps.classic.MapOps.bucketCnt;
import static io.gopherscope.rt.maps.classic.MapOps.evacuatedEmpty;
import static io.gopherscope.rt.maps.classic.MapOps.evacuatedX;
import static io.gopherscope.rt.maps.classic.MapOps.evacuatedY;

/**
 * {@code runtime.hiter}: one {@code for k, v := range m} over a classic map. Models
 * {@code mapiterinit} and {@code mapiternext} of runtime/map.go, Go 1.19–1.23.
 *
 * <p>The start is random: bucket {@code r & (2^B-1)} and an in-bucket offset {@code (r >> B) & 7}
 * used in every bucket. Buckets are visited in order, wrapping around. If the map is growing and
 * the iterator runs at the new size, a bucket whose old bucket is not yet evacuated is read from the
 * old bucket, keeping only the entries that will move to it. Entries the map moved after the
 * iterator started (marked evacuatedX/Y) are looked up again, so deleted ones are skipped and updated
 * ones show their new value. No entry is produced twice.
 *
 * <p>Call order: {@link HMap#iterate} ({@code mapiterinit}, draws the random start), then
 * {@link #next} before each loop body ({@code mapiternext}; Go's first call happens inside
 * mapiterinit, which comes to the same thing).
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/map.go">runtime/map.go</a>
 */
public final class MapIter implements GoMap.MapIter {
    private static final long noCheck = -1;

    private final HMap h;       // null: the map was nil or empty at init, iteration is over
    private BMap[] buckets;     // bucket array at init
    private BMap bptr;          // current bucket
    private int B;
    private long startBucket;   // bucket the iteration started at
    private int offset;         // intra-bucket offset to start from
    private boolean wrapped;    // already wrapped around from the end of the bucket array
    private int i;
    private long bucket;
    private long checkBucket = noCheck;
    private boolean done;

    private Object key;
    private Object elem;

    private MapIter(HMap h) {
        this.h = h;
    }

    /** {@code mapiterinit}. A nil or empty map draws no random number. */
    public static MapIter mapiterinit(Ctx ctx, HMap h) {
        if (h == null || h.count == 0) return new MapIter(null);
        MapIter it = new MapIter(h);
        it.B = h.B;
        it.buckets = h.buckets;
        if (h.t.bucketNoscan) {
            // keep the overflow buckets alive for the GC while iterating
            MapOps.createOverflow(ctx, h);
        }
        long r = h.B > 31 - MapOps.bucketCntBits ? ctx.rand().next64() : ctx.rand().next32() & 0xffffffffL;
        it.startBucket = r & MapOps.bucketMask(h.B);
        it.offset = (int) ((r >>> h.B) & (bucketCnt - 1));
        it.bucket = it.startBucket;
        h.flags |= MapOps.iterator | MapOps.oldIterator;
        return it;
    }

    /** The random start ({@code startBucket}, {@code offset}), for pictures and tests. */
    public long startBucket() {
        return startBucket;
    }

    public int offset() {
        return offset;
    }

    @Override
    public Object key() {
        return Values.copy(key);
    }

    @Override
    public Object value() {
        return elem == null ? Values.zero(h.t.elem) : Values.copy(elem);
    }

    @Override
    public String kind() {
        return "hiter";
    }

    /**
     * Go's hiter fields. {@code bucket} is, as in Go, the next bucket to visit; the entry the loop
     * body has is in {@code bptr} at {@code slot} = {@code (i - 1 + offset) & 7}.
     * {@code checkBucket} is null for Go's {@code noCheck}.
     */
    @Override
    public void describe(java.util.Map<String, Object> out, io.gopherscope.rt.HeapObject.ValueEncoder enc) {
        out.put("h", h == null ? null : enc.ref(h));
        out.put("bptr", bptr == null ? null : enc.ref(bptr));
        out.put("startBucket", startBucket);
        out.put("offset", (long) offset);
        out.put("wrapped", wrapped);
        out.put("B", (long) B);
        out.put("i", (long) i);
        out.put("bucket", bucket);
        out.put("checkBucket", checkBucket == noCheck ? null : checkBucket);
        out.put("key", key == null ? null : enc.encode(key, h.t.key));
        out.put("elem", elem == null ? null : enc.encode(elem, h.t.elem));
        out.put("slot", bptr == null ? null : (long) ((i - 1 + offset) & (bucketCnt - 1)));
    }

    /** {@code mapiternext}: false when the iteration is over. */
    @Override
    public boolean next(Ctx ctx) {
        if (h == null || done) return false;
        if ((h.flags & MapOps.hashWriting) != 0) {
            throw new FatalError("concurrent map iteration and map write", true);
        }
        MapType t = h.t;
        BMap b = bptr;
        while (true) {
            if (b == null) {
                if (bucket == startBucket && wrapped) {
                    done = true;
                    bptr = null;
                    key = null;
                    elem = null;
                    return false;
                }
                if (h.growing() && B == h.B) {
                    // the iterator started in the middle of a grow that is not done: if the old
                    // bucket feeding this one is not evacuated yet, walk it and keep only the
                    // entries that will move here
                    long oldbucket = bucket & h.oldbucketmask();
                    b = h.oldbuckets[(int) oldbucket];
                    if (!MapOps.evacuated(b)) {
                        checkBucket = bucket;
                    } else {
                        b = buckets[(int) bucket];
                        checkBucket = noCheck;
                    }
                } else {
                    b = buckets[(int) bucket];
                    checkBucket = noCheck;
                }
                bucket++;
                if (bucket == 1L << B) {
                    bucket = 0;
                    wrapped = true;
                }
                i = 0;
            }
            for (; i < bucketCnt; i++) {
                int offi = (i + offset) & (bucketCnt - 1);
                int top = b.tophash[offi];
                if (MapOps.isEmpty(top) || top == evacuatedEmpty) continue;
                Object k = b.keys[offi];
                Object e = b.elems[offi];
                boolean keyEqualsItself = t.reflexivekey || Keys.equalsItself(k);
                if (checkBucket != noCheck && !h.sameSizeGrow()) {
                    if (keyEqualsItself) {
                        // skip entries of the old bucket that go to the other new bucket
                        long hash = t.hash(k, h.hash0, ctx.rand());
                        if ((hash & MapOps.bucketMask(B)) != checkBucket) continue;
                    } else if ((checkBucket >>> (B - 1)) != (top & 1)) {
                        // NaN: evacuation follows the low bit of tophash
                        continue;
                    }
                }
                if ((top != evacuatedX && top != evacuatedY) || !keyEqualsItself) {
                    // the golden data (or a NaN, which cannot have been deleted or updated)
                    key = k;
                    elem = e;
                } else {
                    // the table grew since the iterator started: the current data is elsewhere
                    Object[] ke = MapOps.mapaccessK(ctx, h, k);
                    if (ke == null) continue; // deleted
                    key = ke[0];
                    elem = ke[1];
                }
                bptr = b;
                i = i + 1;
                return true;
            }
            b = b.overflow;
            i = 0;
        }
    }
}
