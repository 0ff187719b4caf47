package io.gopherscope.rt.maps.classic;

import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.Values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static io.gopherscope.rt.maps.classic.MapOps.bucketCnt;
import static io.gopherscope.rt.maps.classic.MapOps.emptyRest;
import static io.gopherscope.rt.maps.classic.MapOps.minTopHash;

/**
 * Executable invariants of a classic {@link HMap} (see its header). Run after every step in tests;
 * a violation is a simulator bug and throws {@link Throw}. Never consumes randomness: keys that are
 * not equal to themselves (NaN) are not rehashed.
 */
final class HMapInvariants {
    private HMapInvariants() {
    }

    private static void fail(HMap h, String what) {
        throw new Throw("hmap invariant violated: " + what + " (" + h + ")");
    }

    static void check(HMap h) {
        if (!((h.flags & MapOps.hashWriting) == 0)) fail(h, "hashWriting set between operations");
        if (!(h.count >= 0 && h.B >= 0 && h.B < 64)) fail(h, "count/B range");
        if (!(h.buckets != null || (h.B == 0 && h.count == 0 && h.oldbuckets == null))) fail(h, "buckets allocated");
        if (!((h.flags & MapOps.sameSizeGrow) == 0 || h.oldbuckets != null)) fail(h, "sameSizeGrow only while growing");
        if (h.buckets == null) return;
        if (!(h.buckets.length >= 1 << h.B)) fail(h, "bucket array length");

        if (h.checkedGeneration == h.growGeneration && h.nevacuate < h.checkedNevacuate) {
            fail(h, "nevacuate decreased from " + h.checkedNevacuate + " to " + h.nevacuate);
        }
        h.checkedGeneration = h.growGeneration;
        h.checkedNevacuate = h.nevacuate;

        FastRand noRand = new FastRand(0); // only NaN hashes draw, and NaNs are never hashed here
        List<Object> keys = new ArrayList<>();
        Map<Long, List<Object>> byHash = new HashMap<>();
        int live = 0;
        int overflowBuckets = 0;
        IdentityHashMap<BMap, Boolean> seen = new IdentityHashMap<>();
        long mask = MapOps.bucketMask(h.B);
        if (h.oldbuckets != null) {
            long nold = h.noldbuckets();
            if (!(h.nevacuate >= 0 && h.nevacuate <= nold)) fail(h, "nevacuate in range");
            for (int ob = 0; ob < nold; ob++) {
                BMap b = h.oldbuckets[ob];
                if (ob < h.nevacuate) if (!(MapOps.evacuated(b))) fail(h, "old bucket " + ob + " below nevacuate not evacuated");
                if (MapOps.evacuated(b)) {
                    for (BMap c = b; c != null; c = c.overflow) {
                        for (int i = 0; i < bucketCnt; i++) {
                            int top = c.tophash[i];
                            if (!(top > MapOps.emptyOne && top < minTopHash)) fail(h, "evacuated bucket " + ob + " has live cell");
                        }
                    }
                    continue;
                }
                live += checkChain(h, b, ob, h.oldbucketmask(), seen, keys, byHash, noRand, "old");
            }
        } else {
            if (!(h.nevacuate == 0 || h.growGeneration > 0)) fail(h, "nevacuate without growth");
        }
        for (int nb = 0; nb < 1 << h.B; nb++) {
            BMap b = h.buckets[nb];
            if (h.oldbuckets != null) {
                long ob = nb & h.oldbucketmask();
                if (!MapOps.evacuated(h.oldbuckets[(int) ob])) {
                    if (!(chainEmpty(b))) fail(h, "new bucket " + nb + " filled before its old bucket was evacuated");
                }
            }
            for (BMap c = b.overflow; c != null; c = c.overflow) overflowBuckets++;
            live += checkChain(h, b, nb, mask, seen, keys, byHash, noRand, "new");
        }
        if (!(live == h.count)) fail(h, "count " + h.count + " but " + live + " live cells");
        if (h.B < 16) {
            if (!(h.noverflow == overflowBuckets)) fail(h, "noverflow " + h.noverflow + " but " + overflowBuckets + " overflow buckets");
        }
        // every key is findable
        for (Object k : keys) {
            long hash = h.t.hash(k, h.hash0, noRand);
            if (!(MapOps.find(h, k, hash) != null)) fail(h, "key " + k + " not findable");
        }
    }

    private static boolean chainEmpty(BMap b) {
        for (BMap c = b; c != null; c = c.overflow) {
            for (int i = 0; i < bucketCnt; i++) {
                if (c.tophash[i] >= minTopHash) return false;
            }
        }
        return true;
    }

    /** Checks one chain; returns its number of live cells. */
    private static int checkChain(HMap h, BMap b, long index, long mask, IdentityHashMap<BMap, Boolean> seen,
                                  List<Object> keys, Map<Long, List<Object>> byHash, FastRand noRand, String gen) {
        int live = 0;
        boolean rest = false;
        for (BMap c = b; c != null; c = c.overflow) {
            if (!(seen.put(c, Boolean.TRUE) == null)) fail(h, gen + " bucket " + index + ": chain shared or cyclic");
            if (!(!c.overflowSentinel)) fail(h, gen + " bucket " + index + ": sentinel in a chain");
            for (int i = 0; i < bucketCnt; i++) {
                int top = c.tophash[i];
                if (rest) if (!(MapOps.isEmpty(top))) fail(h, gen + " bucket " + index + ": entry after emptyRest");
                if (top == emptyRest) rest = true;
                if (!(top <= MapOps.emptyOne || top >= minTopHash)) fail(h, gen + " bucket " + index + ": evacuation mark in a live bucket");
                if (top < minTopHash) continue;
                live++;
                Object k = c.keys[i];
                if (!h.t.reflexivekey && !Keys.equalsItself(k)) continue; // NaN: hash is random
                long hash = h.t.hash(k, h.hash0, noRand);
                if (!(MapOps.tophash(hash) == top)) fail(h, gen + " bucket " + index + ": tophash of " + k);
                if (!((hash & mask) == index)) fail(h, gen + " bucket " + index + ": key " + k + " in wrong bucket");
                List<Object> same = byHash.computeIfAbsent(hash, x -> new ArrayList<>());
                for (Object o : same) if (!(!Keys.equal(o, k))) fail(h, "key " + k + " present twice");
                same.add(k);
                keys.add(k);
            }
        }
        return live;
    }
}
