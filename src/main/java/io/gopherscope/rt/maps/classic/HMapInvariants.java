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

    /** Last nevacuate seen per map and growth, to check monotonicity. */
    private static final Map<HMap, long[]> LAST = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static void require(boolean ok, HMap h, String what) {
        if (!ok) throw new Throw("hmap invariant violated: " + what + " (" + h + ")");
    }

    static void check(HMap h) {
        require((h.flags & MapOps.hashWriting) == 0, h, "hashWriting set between operations");
        require(h.count >= 0 && h.B >= 0 && h.B < 64, h, "count/B range");
        require(h.buckets != null || (h.B == 0 && h.count == 0 && h.oldbuckets == null), h, "buckets allocated");
        require((h.flags & MapOps.sameSizeGrow) == 0 || h.oldbuckets != null, h, "sameSizeGrow only while growing");
        if (h.buckets == null) return;
        require(h.buckets.length >= 1 << h.B, h, "bucket array length");

        long[] last = LAST.get(h);
        if (last != null && last[0] == h.growGeneration) {
            require(h.nevacuate >= last[1], h, "nevacuate decreased from " + last[1] + " to " + h.nevacuate);
        }
        LAST.put(h, new long[]{h.growGeneration, h.nevacuate});

        FastRand noRand = new FastRand(0); // only NaN hashes draw, and NaNs are never hashed here
        List<Object> keys = new ArrayList<>();
        Map<Long, List<Object>> byHash = new HashMap<>();
        int live = 0;
        int overflowBuckets = 0;
        IdentityHashMap<BMap, Boolean> seen = new IdentityHashMap<>();
        long mask = MapOps.bucketMask(h.B);
        if (h.oldbuckets != null) {
            long nold = h.noldbuckets();
            require(h.nevacuate >= 0 && h.nevacuate <= nold, h, "nevacuate in range");
            for (int ob = 0; ob < nold; ob++) {
                BMap b = h.oldbuckets[ob];
                if (ob < h.nevacuate) require(MapOps.evacuated(b), h, "old bucket " + ob + " below nevacuate not evacuated");
                if (MapOps.evacuated(b)) {
                    for (BMap c = b; c != null; c = c.overflow) {
                        for (int i = 0; i < bucketCnt; i++) {
                            int top = c.tophash[i];
                            require(top > MapOps.emptyOne && top < minTopHash, h, "evacuated bucket " + ob + " has live cell");
                        }
                    }
                    continue;
                }
                live += checkChain(h, b, ob, h.oldbucketmask(), seen, keys, byHash, noRand, "old");
            }
        } else {
            require(h.nevacuate == 0 || h.growGeneration > 0, h, "nevacuate without growth");
        }
        for (int nb = 0; nb < 1 << h.B; nb++) {
            BMap b = h.buckets[nb];
            if (h.oldbuckets != null) {
                long ob = nb & h.oldbucketmask();
                if (!MapOps.evacuated(h.oldbuckets[(int) ob])) {
                    require(chainEmpty(b), h, "new bucket " + nb + " filled before its old bucket was evacuated");
                }
            }
            for (BMap c = b.overflow; c != null; c = c.overflow) overflowBuckets++;
            live += checkChain(h, b, nb, mask, seen, keys, byHash, noRand, "new");
        }
        require(live == h.count, h, "count " + h.count + " but " + live + " live cells");
        if (h.B < 16) {
            require(h.noverflow == overflowBuckets, h, "noverflow " + h.noverflow + " but " + overflowBuckets + " overflow buckets");
        }
        // every key is findable
        for (Object k : keys) {
            long hash = h.t.hash(k, h.hash0, noRand);
            require(MapOps.find(h, k, hash) != null, h, "key " + k + " not findable");
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
            require(seen.put(c, Boolean.TRUE) == null, h, gen + " bucket " + index + ": chain shared or cyclic");
            require(!c.overflowSentinel, h, gen + " bucket " + index + ": sentinel in a chain");
            for (int i = 0; i < bucketCnt; i++) {
                int top = c.tophash[i];
                if (rest) require(MapOps.isEmpty(top), h, gen + " bucket " + index + ": entry after emptyRest");
                if (top == emptyRest) rest = true;
                require(top <= MapOps.emptyOne || top >= minTopHash, h, gen + " bucket " + index + ": evacuation mark in a live bucket");
                if (top < minTopHash) continue;
                live++;
                Object k = c.keys[i];
                if (!h.t.reflexivekey && !Keys.equalsItself(k)) continue; // NaN: hash is random
                long hash = h.t.hash(k, h.hash0, noRand);
                require(MapOps.tophash(hash) == top, h, gen + " bucket " + index + ": tophash of " + k);
                require((hash & mask) == index, h, gen + " bucket " + index + ": key " + k + " in wrong bucket");
                List<Object> same = byHash.computeIfAbsent(hash, x -> new ArrayList<>());
                for (Object o : same) require(!Keys.equal(o, k), h, "key " + k + " present twice");
                same.add(k);
                keys.add(k);
            }
        }
        return live;
    }
}
