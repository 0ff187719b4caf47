package io.gopherscope.rt.maps.swiss;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.FatalError;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.maps.GoMap;
import io.gopherscope.rt.maps.Maps;
import io.gopherscope.rt.slices.SliceOps;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Swiss-table facts from RUNTIME-FACTS §4. */
class SwissMapTest {
    private static final Type.Map INT_INT = new Type.Map(Basic.INT64, Basic.INT64);
    private final TestCtx ctx = new TestCtx(24, 11);

    @Test
    void layout() {
        SwissMap m = SwissMap.make(ctx, INT_INT, 0);
        assertEquals(136, m.typ.groupSize);
        assertEquals(16, m.typ.slotSize);
        assertEquals(24, new SwissType(new Type.Map(Basic.INT8, Basic.STRING), 24).slotSize);
        assertNull(m.smallGroup());
        m.assign(ctx, 1L, 2L);
        assertNotNull(m.smallGroup());
        assertEquals(0, m.dirLen);
        m.checkInvariants();
    }

    @Test
    void sizingFromHints() {
        assertEquals(0, SwissMap.make(ctx, INT_INT, 8).dirLen);
        SwissMap m9 = SwissMap.make(ctx, INT_INT, 9);
        assertEquals(1, m9.dirLen);
        assertEquals(16, m9.tables().get(0).capacity);
        assertEquals(14, m9.tables().get(0).growthLeft);
        SwissMap m100 = SwissMap.make(ctx, INT_INT, 100);
        assertEquals(128, m100.tables().get(0).capacity);
        assertEquals(112, m100.tables().get(0).growthLeft);
        SwissMap m1000 = SwissMap.make(ctx, INT_INT, 1000);
        assertEquals(2, m1000.dirLen);
        assertEquals(1, m1000.globalDepth);
        assertEquals(List.of(1024, 1024), m1000.tables().stream().map(t -> t.capacity).toList());
        assertEquals(896, m1000.tables().get(0).growthLeft);
        assertEquals(0, SwissMap.make(ctx, INT_INT, Long.MAX_VALUE).dirLen, "absurd hint: empty map");
        m1000.checkInvariants();
    }

    @Test
    void growthThresholdsFromEmpty() {
        SwissMap m = SwissMap.make(ctx, INT_INT, 0);
        List<String> changes = new ArrayList<>();
        String shape = "";
        for (long k = 0; k < 2000; k++) {
            m.assign(ctx, k, k);
            String s = m.dirLen == 0 ? "small" : m.tables().size() + "x" + m.tables().get(0).capacity;
            if (!s.equals(shape)) {
                changes.add(m.used + ":" + s);
                shape = s;
            }
            if (k < 1000 || k % 50 == 0) m.checkInvariants();
        }
        assertEquals(List.of("1:small", "9:1x16", "15:1x32", "29:1x64", "57:1x128", "113:1x256", "225:1x512",
                "449:1x1024", "897:2x1024"), changes.subList(0, 9));
        assertTrue(m.tables().size() >= 2);
    }

    @Test
    void smallMapIterationRotatesByEntryOffset() {
        SwissMap m = SwissMap.make(ctx, INT_INT, 0);
        for (long k = 0; k < 8; k++) m.assign(ctx, k, k * 10);
        TestCtx probe = new TestCtx(24, 11);
        GoMap.MapIter it = m.iterate(ctx);
        List<Long> order = new ArrayList<>();
        while (it.next(ctx)) {
            order.add((Long) it.key());
            assertEquals((Long) it.key() * 10, it.value());
        }
        assertEquals(8, order.size());
        long first = order.get(0);
        for (int i = 0; i < 8; i++) assertEquals((first + i) & 7, order.get(i), "slot order from a random offset");
        assertNotNull(probe);
    }

    @Test
    void emptyIterationDrawsNothing() {
        SwissMap m = SwissMap.make(ctx, INT_INT, 0);
        TestCtx a = new TestCtx(24, 3);
        TestCtx b = new TestCtx(24, 3);
        assertFalse(m.iterate(a).next(a));
        assertEquals(b.rand().next64(), a.rand().next64());
    }

    @Test
    void deleteLeavesTombstonesOnlyInFullGroups() {
        SwissMap m = SwissMap.make(ctx, INT_INT, 0);
        for (long k = 0; k < 8; k++) m.assign(ctx, k, k);
        m.delete(ctx, 3L);
        for (int c : m.smallGroup().ctrl) assertNotEquals(Group.ctrlDeleted, c, "small maps never hold tombstones");
        SwissMap t = SwissMap.make(ctx, INT_INT, 0);
        for (long k = 0; k < 500; k++) t.assign(ctx, k, k);
        int tombstones = 0;
        for (long k = 0; k < 500; k += 3) {
            t.delete(ctx, k);
            t.checkInvariants();
        }
        for (Table tab : t.tables()) {
            for (Group g : tab.groups) {
                for (int c : g.ctrl) if (c == Group.ctrlDeleted) tombstones++;
            }
        }
        assertTrue(tombstones > 0);
        for (long k = 0; k < 500; k++) assertEquals(k % 3 == 0 ? GoMap.ABSENT : k, t.access(ctx, k));
    }

    @Test
    void emptyingReseedsAndClearBumpsClearSeq() {
        SwissMap m = SwissMap.make(ctx, INT_INT, 0);
        m.assign(ctx, 1L, 1L);
        long seed = m.seed;
        m.delete(ctx, 1L);
        assertNotEquals(seed, m.seed);
        for (long k = 0; k < 100; k++) m.assign(ctx, k, k);
        GoMap.MapIter it = m.iterate(ctx);
        assertTrue(it.next(ctx));
        seed = m.seed;
        m.clear(ctx);
        assertEquals(1, m.clearSeq);
        assertNotEquals(seed, m.seed);
        assertFalse(it.next(ctx));
        assertEquals(0, m.count());
        m.checkInvariants();
    }

    @Test
    void iteratorAcrossGrowthAndSplit() {
        SwissMap m = SwissMap.make(ctx, INT_INT, 0);
        for (long k = 0; k < 5; k++) m.assign(ctx, k, k);
        GoMap.MapIter it = m.iterate(ctx);
        Set<Long> seen = new HashSet<>();
        long next = 100;
        while (it.next(ctx)) {
            assertTrue(seen.add((Long) it.key()));
            for (int j = 0; j < 300; j++) m.assign(ctx, next++, 0L); // grows to tables and splits
            m.checkInvariants();
        }
        for (long k = 0; k < 5; k++) assertTrue(seen.contains(k));
        SwissMap big = SwissMap.make(ctx, INT_INT, 0);
        for (long k = 0; k < 900; k++) big.assign(ctx, k, k);
        GoMap.MapIter it2 = big.iterate(ctx);
        Set<Long> seen2 = new HashSet<>();
        int n = 0;
        while (it2.next(ctx)) {
            assertTrue(seen2.add((Long) it2.key()));
            if (n++ % 2 == 0 && n < 900) for (int j = 0; j < 20; j++) big.assign(ctx, 10000L + n * 100 + j, 1L);
        }
        for (long k = 0; k < 900; k++) assertTrue(seen2.contains(k), "missed " + k);
        big.checkInvariants();
    }

    @Test
    void panicsAndFatals() {
        Type.Map anyInt = new Type.Map(new Type.Interface(List.of()), Basic.INT);
        SwissMap m = SwissMap.make(ctx, anyInt, 0);
        Iface bad = new Iface(new Type.Slice(Basic.INT), SliceOps.makeslice(ctx, Basic.INT, 0, 0));
        assertEquals("runtime error: hash of unhashable type []int",
                assertThrows(GoPanic.class, () -> m.access(ctx, bad)).getMessage());
        assertThrows(GoPanic.class, () -> m.assign(ctx, bad, 1L));
        assertEquals(0, m.writing);
        assertThrows(GoPanic.class, () -> Maps.lookup(ctx, null, bad, anyInt));
        TestCtx a = new TestCtx(24, 8);
        TestCtx b = new TestCtx(24, 8);
        Maps.lookup(a, null, new Iface(Basic.FLOAT64, Double.NaN), anyInt); // checked without hashing
        assertEquals(b.rand().next64(), a.rand().next64());
        m.assign(ctx, new Iface(Basic.INT, 1L), 1L);
        m.writing = 1;
        assertEquals("concurrent map writes", assertThrows(FatalError.class, () -> m.assign(ctx, null, 1L)).getMessage());
        assertEquals("concurrent map read and map write", assertThrows(FatalError.class, () -> m.access(ctx, null)).getMessage());
    }

    @Test
    void nanKeys() {
        SwissMap m = SwissMap.make(ctx, new Type.Map(Basic.FLOAT64, Basic.INT), 0);
        for (int i = 0; i < 20; i++) m.assign(ctx, Double.NaN, (long) i);
        assertEquals(20, m.count());
        assertSame(GoMap.ABSENT, m.access(ctx, Double.NaN));
        GoMap.MapIter it = m.iterate(ctx);
        int n = 0;
        while (it.next(ctx)) n++;
        assertEquals(20, n);
        m.clear(ctx);
        assertEquals(0, m.count());
        m.checkInvariants();
    }

    @Test
    void mapsMakeUsesSwissFrom124() {
        assertInstanceOf(SwissMap.class, Maps.make(new TestCtx(24, 1), INT_INT, 0));
        assertInstanceOf(SwissMap.class, Maps.make(new TestCtx(25, 1), INT_INT, 100));
    }
}
