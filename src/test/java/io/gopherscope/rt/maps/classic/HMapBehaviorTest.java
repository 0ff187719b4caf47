package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.Maps;
import io.gopherscope.rt.slices.SliceOps;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classic map layout and behaviour facts from RUNTIME-FACTS §3. */
class HMapBehaviorTest {
    private static final Type.Map INT_INT = new Type.Map(Basic.INT64, Basic.INT64);
    private static final Type.Map ANY_INT = new Type.Map(new Type.Interface(List.of()), Basic.INT);

    private final TestCtx ctx = new TestCtx(19, 42);

    @Test
    void bucketLayoutAndPreallocatedOverflow() {
        HMap h = MapOps.makemap(ctx, INT_INT, 53); // B = 4
        assertEquals(144, h.t.bucketsize);
        assertEquals(4, h.B);
        // 17 * 144 = 2448 bytes -> class 2688 -> 18 buckets: 2 spare overflow buckets
        assertEquals(18, h.buckets.length);
        for (int i = 1; i < 18; i++) assertEquals(h.buckets[0].addr + 144L * i, h.buckets[i].addr);
        assertSame(h.buckets[16], h.extra.nextOverflow());
        assertTrue(h.buckets[17].overflowSentinel);
        assertFalse(h.buckets[16].overflowSentinel);
        h.checkInvariants();
    }

    @Test
    void lazyFirstBucketAndGrowthThresholds() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        assertNull(h.buckets);
        MapOps.mapassign(ctx, h, 1L, 1L);
        assertEquals(1, h.buckets.length);
        List<Integer> grewAt = new ArrayList<>();
        for (long k = 2; k <= 1665; k++) {
            int b = h.B;
            MapOps.mapassign(ctx, h, k, k);
            if (h.B != b) grewAt.add(h.count);
            h.checkInvariants();
        }
        assertEquals(List.of(9, 14, 27, 53, 105, 209, 417, 833, 1665), grewAt);
    }

    @Test
    void tophashAndBucketFromTheHash() {
        HMap h = MapOps.makemap(ctx, INT_INT, 100);
        for (long k = 0; k < 50; k++) MapOps.mapassign(ctx, h, k, k);
        for (BMap b : h.buckets) {
            for (int i = 0; i < 8; i++) {
                if (b.tophash[i] < MapOps.minTopHash) continue;
                long hash = h.t.hash(b.keys[i], h.hash0, ctx.rand());
                int top = (int) (hash >>> 56);
                assertEquals(top < 5 ? top + 5 : top, b.tophash[i]);
            }
        }
    }

    @Test
    void deleteToEmptyReseedsAndMarksEmptyRest() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        for (long k = 0; k < 5; k++) MapOps.mapassign(ctx, h, k, k);
        long seed = h.hash0;
        for (long k = 4; k >= 1; k--) MapOps.mapdelete(ctx, h, k);
        assertEquals(seed, h.hash0);
        MapOps.mapdelete(ctx, h, 0L);
        assertNotEquals(seed, h.hash0);
        for (int i = 0; i < 8; i++) assertEquals(MapOps.emptyRest, h.buckets[0].tophash[i]);
        h.checkInvariants();
    }

    @Test
    void deleteInTheMiddleLeavesEmptyOne() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        for (long k = 0; k < 3; k++) MapOps.mapassign(ctx, h, k, k);
        MapOps.mapdelete(ctx, h, 0L);
        assertEquals(MapOps.emptyOne, h.buckets[0].tophash[0]);
        assertEquals(0L, h.buckets[0].keys[0], "pointer-free keys are not cleared");
        assertNull(h.buckets[0].elems[0]);
        MapOps.mapdelete(ctx, h, 2L);
        assertEquals(MapOps.emptyRest, h.buckets[0].tophash[2]);
        MapOps.mapdelete(ctx, h, 1L);
        assertEquals(MapOps.emptyRest, h.buckets[0].tophash[0]);
    }

    @Test
    void nanKeysAddEntriesThatCannotBeFound() {
        HMap h = MapOps.makemap(ctx, new Type.Map(Basic.FLOAT64, Basic.INT), 0);
        Double nan = Double.NaN;
        MapOps.mapassign(ctx, h, nan, 1L);
        MapOps.mapassign(ctx, h, nan, 2L);
        assertEquals(2, h.count);
        assertSame(GoMap.ABSENT, MapOps.mapaccess(ctx, h, nan));
        MapOps.mapdelete(ctx, h, nan);
        assertEquals(2, h.count);
        MapOps.mapassign(ctx, h, -0.0, 3L);
        MapOps.mapassign(ctx, h, 0.0, 4L);
        assertEquals(3, h.count);
        assertEquals(4L, MapOps.mapaccess(ctx, h, -0.0));
        boolean positiveZeroStored = false;
        for (int i = 0; i < 8; i++) {
            if (h.buckets[0].keys[i] instanceof Double d && d == 0 && 1 / d > 0) positiveZeroStored = true;
        }
        assertTrue(positiveZeroStored, "needkeyupdate overwrites -0 with +0");
        MapOps.mapclear(ctx, h);
        assertEquals(0, h.count);
        h.checkInvariants();
    }

    @Test
    void unhashableInterfaceKeysPanicEvenOnEmptyAndNilMaps() {
        Iface bad = new Iface(new Type.Slice(Basic.INT), SliceOps.makeslice(ctx, Basic.INT, 1, 1));
        HMap h = MapOps.makemap(ctx, ANY_INT, 0);
        GoPanic p = assertThrows(GoPanic.class, () -> MapOps.mapassign(ctx, h, bad, 1L));
        assertEquals("runtime error: hash of unhashable type []int", p.getMessage());
        assertEquals(0, h.flags, "a panicking hash writes nothing");
        assertThrows(GoPanic.class, () -> MapOps.mapaccess(ctx, h, bad));
        assertThrows(GoPanic.class, () -> Maps.lookup(ctx, null, bad, ANY_INT));
        assertEquals("assignment to entry in nil map",
                assertThrows(GoPanic.class, () -> Maps.put(ctx, null, 1L, 1L)).getMessage());
        assertEquals(0L, Maps.get(ctx, null, 1L, new Type.Map(Basic.INT, Basic.INT)));
        MapOps.mapassign(ctx, h, null, 5L); // nil interface key is fine
        MapOps.mapassign(ctx, h, new Iface(Basic.INT, 1L), 6L);
        MapOps.mapassign(ctx, h, new Iface(Basic.INT64, 1L), 7L);
        assertEquals(3, h.count);
        assertEquals(5L, MapOps.mapaccess(ctx, h, null));
    }

    @Test
    void concurrentMisuseIsFatal() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        MapOps.mapassign(ctx, h, 1L, 1L);
        GoMap.MapIter it = h.iterate(ctx);
        h.flags |= MapOps.hashWriting;
        assertEquals("concurrent map writes", assertThrows(FatalError.class, () -> MapOps.mapassign(ctx, h, 2L, 2L)).getMessage());
        assertEquals("concurrent map read and map write", assertThrows(FatalError.class, () -> MapOps.mapaccess(ctx, h, 1L)).getMessage());
        assertEquals("concurrent map iteration and map write", assertThrows(FatalError.class, () -> it.next(ctx)).getMessage());
        assertTrue(assertThrows(FatalError.class, () -> MapOps.mapdelete(ctx, h, 1L)).dumpAll);
    }

    @Test
    void iterationStartsAtARandomBucketAndOffset() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        for (long k = 0; k < 8; k++) MapOps.mapassign(ctx, h, k, k * 10);
        MapIter it = (MapIter) h.iterate(ctx);
        List<Long> order = new ArrayList<>();
        while (it.next(ctx)) {
            order.add((Long) it.key());
            assertEquals((Long) it.key() * 10, it.value());
        }
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) expected.add((long) ((i + it.offset()) & 7));
        assertEquals(expected, order, "one bucket: slots from the random offset, wrapping");
        assertEquals(MapOps.iterator | MapOps.oldIterator, h.flags);
    }

    @Test
    void emptyMapIterationDrawsNoRandomNumber() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        TestCtx a = new TestCtx(19, 9);
        TestCtx b = new TestCtx(19, 9);
        assertFalse(h.iterate(a).next(a));
        assertEquals(b.rand().next32(), a.rand().next32());
        assertFalse(Maps.iterate(a, null).next(a));
    }

    @Test
    void iteratorSurvivesGrowthStartedBeforeIt() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        for (long k = 0; k < 27; k++) MapOps.mapassign(ctx, h, k, k);
        assertTrue(h.growing(), "27 inserts start the growth to B=3");
        GoMap.MapIter it = h.iterate(ctx);
        Set<Long> seen = new HashSet<>();
        int n = 0;
        while (it.next(ctx)) {
            assertTrue(seen.add((Long) it.key()));
            if (n++ % 3 == 0) MapOps.mapassign(ctx, h, 1000L + n, 0L); // drives evacuation and more growth
            h.checkInvariants();
        }
        for (long k = 0; k < 27; k++) assertTrue(seen.contains(k), "missed " + k);
    }

    @Test
    void clearKeepsBucketsAndStopsIterators() {
        TestCtx c21 = new TestCtx(21, 5);
        HMap h = MapOps.makemap(c21, INT_INT, 0);
        for (long k = 0; k < 100; k++) MapOps.mapassign(c21, h, k, k);
        int b = h.B;
        long seed = h.hash0;
        BMap first = h.buckets[0];
        GoMap.MapIter it = h.iterate(c21);
        assertTrue(it.next(c21));
        MapOps.mapclear(c21, h);
        assertFalse(it.next(c21), "entries cleared before being reached are not produced");
        assertEquals(b, h.B);
        assertSame(first, h.buckets[0]);
        assertNotEquals(seed, h.hash0);
        assertEquals(0, h.noverflow);
        h.checkInvariants();
        Maps.clear(c21, null);
    }

    @Test
    void mapsMakePicksTheClassicMapUpTo123() {
        assertInstanceOf(HMap.class, Maps.make(new TestCtx(23, 1), INT_INT, 0));
        assertInstanceOf(HMap.class, Maps.make(new TestCtx(19, 1), INT_INT, 0));
    }

    @Test
    void describeUsesGoFieldNames() {
        HMap h = MapOps.makemap(ctx, INT_INT, 0);
        MapOps.mapassign(ctx, h, 7L, 70L);
        Map<String, Object> out = new LinkedHashMap<>();
        List<HeapObject> refs = new ArrayList<>();
        HeapObject.ValueEncoder enc = new HeapObject.ValueEncoder() {
            @Override
            public Object encode(Object value, Type type) {
                return value;
            }

            @Override
            public Object ref(HeapObject obj) {
                refs.add(obj);
                return Map.of("ref", "0x" + Long.toHexString(obj.addr()));
            }
        };
        h.describe(out, enc);
        assertEquals("hmap", h.kind());
        assertEquals(List.of("count", "flags", "B", "noverflow", "hash0", "buckets", "oldbuckets", "nevacuate", "extra", "maptype"),
                new ArrayList<>(out.keySet()));
        assertEquals(1, refs.size());
        Map<String, Object> bm = new LinkedHashMap<>();
        refs.get(0).describe(bm, enc);
        assertEquals("bmap", refs.get(0).kind());
        assertEquals(List.of("tophash", "keys", "elems", "overflow"), new ArrayList<>(bm.keySet()));
        assertEquals(70L, ((List<?>) bm.get("elems")).get(0));
        assertEquals(0L, ((List<?>) bm.get("elems")).get(1), "empty slots show zeroed memory");
    }

    @Test
    void go123HashDiffersFrom119() {
        Hasher h19 = Hasher.forVersion(19);
        Hasher h23 = Hasher.forVersion(23);
        assertNotEquals(h19.memhash64(42, 7), h23.memhash64(42, 7));
        assertEquals(h19.memhash64(42, 7), h19.memhash(new byte[]{42, 0, 0, 0, 0, 0, 0, 0}, 0, 8, 7));
        assertEquals(h23.memhash32(42, 7), h23.memhash(new byte[]{42, 0, 0, 0}, 0, 4, 7));
        assertEquals(h19.f64hash(0.0, 3, ctx.rand()), h19.f64hash(-0.0, 3, ctx.rand()));
        assertNotEquals(h19.f64hash(Double.NaN, 3, ctx.rand()), h19.f64hash(Double.NaN, 3, ctx.rand()));
        byte[] long100 = new byte[100];
        for (int i = 0; i < 100; i++) long100[i] = (byte) i;
        assertNotEquals(h19.memhash(long100, 0, 100, 1), h19.memhash(long100, 0, 99, 1));
    }
}
