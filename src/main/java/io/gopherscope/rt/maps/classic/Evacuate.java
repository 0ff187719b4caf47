package io.gopherscope.rt.maps.classic;

import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.Values;

import static io.gopherscope.rt.maps.classic.MapOps.bucketCnt;
import static io.gopherscope.rt.maps.classic.MapOps.evacuatedEmpty;
import static io.gopherscope.rt.maps.classic.MapOps.evacuatedX;
import static io.gopherscope.rt.maps.classic.MapOps.iterator;
import static io.gopherscope.rt.maps.classic.MapOps.minTopHash;
import static io.gopherscope.rt.maps.classic.MapOps.oldIterator;

/**
 * Incremental growth: {@code evacuate} and {@code advanceEvacuationMark} of runtime/map.go,
 * Go 1.19–1.23.
 *
 * <p>Evacuating old bucket i moves each entry of its chain to X = new bucket i or, when doubling
 * and the newly significant hash bit is set, to Y = new bucket i + oldCount, keeping its tophash;
 * the old cell is marked evacuatedX/Y and empty cells evacuatedEmpty. NaN keys (whose hash is
 * random) follow the low bit of their tophash when an iterator may be watching.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/map.go">runtime/map.go</a>
 */
final class Evacuate {
    private Evacuate() {
    }

    /** {@code evacDst}: where entries go: bucket b, next free cell i. */
    private static final class Dst {
        BMap b;
        int i;

        Dst(BMap b) {
            this.b = b;
        }
    }

    /** Precondition: h is growing and oldbucket &lt; noldbuckets. Evacuating twice is a no-op. */
    static void evacuate(Ctx ctx, HMap h, long oldbucket) {
        MapType t = h.t;
        BMap head = h.oldbuckets[(int) oldbucket];
        long newbit = h.noldbuckets();
        if (!MapOps.evacuated(head)) {
            ctx.event("growWork.evacuate");
            Dst[] xy = new Dst[2];
            xy[0] = new Dst(h.buckets[(int) oldbucket]);
            if (!h.sameSizeGrow()) {
                xy[1] = new Dst(h.buckets[(int) (oldbucket + newbit)]);
            }
            for (BMap b = head; b != null; b = b.overflow) {
                for (int i = 0; i < bucketCnt; i++) {
                    int top = b.tophash[i];
                    if (MapOps.isEmpty(top)) {
                        b.tophash[i] = evacuatedEmpty;
                        continue;
                    }
                    if (top < minTopHash) throw new Throw("bad map state");
                    Object k = b.keys[i];
                    int useY = 0;
                    if (!h.sameSizeGrow()) {
                        // recompute the hash to decide between X and Y
                        long hash = t.hash(k, h.hash0, ctx.rand());
                        if ((h.flags & iterator) != 0 && !t.reflexivekey && !Keys.equalsItself(k)) {
                            // k != k (NaN): the hash is not reproducible, but iterators need a
                            // reproducible choice: use the low bit of tophash, and give the key a
                            // new random tophash so NaNs spread out over repeated grows
                            useY = top & 1;
                            top = MapOps.tophash(hash);
                        } else if ((hash & newbit) != 0) {
                            useY = 1;
                        }
                    }
                    b.tophash[i] = evacuatedX + useY;
                    Dst dst = xy[useY];
                    if (dst.i == bucketCnt) {
                        dst.b = MapOps.newoverflow(ctx, h, dst.b);
                        dst.i = 0;
                    }
                    dst.b.tophash[dst.i] = top;
                    dst.b.keys[dst.i] = k;
                    dst.b.elems[dst.i] = b.elems[i];
                    dst.i++;
                }
            }
            // unlink the overflow buckets and clear keys/elems to help the GC, keeping tophash
            // (the evacuation state); only when no iterator may read them
            if ((h.flags & oldIterator) == 0 && !t.bucketNoscan) {
                java.util.Arrays.fill(head.keys, null);
                java.util.Arrays.fill(head.elems, null);
                head.overflow = null;
            }
        }
        if (oldbucket == h.nevacuate) {
            advanceEvacuationMark(h, newbit);
        }
    }

    private static boolean bucketEvacuated(HMap h, long bucket) {
        return MapOps.evacuated(h.oldbuckets[(int) bucket]);
    }

    /** Moves nevacuate past evacuated buckets (looking at most 1024 ahead); ends the growth at the end. */
    static void advanceEvacuationMark(HMap h, long newbit) {
        h.nevacuate++;
        long stop = h.nevacuate + 1024;
        if (stop > newbit) stop = newbit;
        while (h.nevacuate != stop && bucketEvacuated(h, h.nevacuate)) {
            h.nevacuate++;
        }
        if (h.nevacuate == newbit) {
            // growing is all done: free the old bucket array
            h.oldbuckets = null;
            if (h.extra != null) h.extra.oldoverflow = null;
            h.flags &= ~MapOps.sameSizeGrow;
        }
    }
}
