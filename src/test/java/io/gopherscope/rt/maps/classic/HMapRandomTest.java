package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.GoMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random insert/delete/lookup/clear/iterate sequences on classic maps of several key types,
 * checking {@link HMap#checkInvariants()} after every operation and comparing with a plain list of
 * entries. Iterators run interleaved with writes and must follow the spec: no entry twice, every
 * entry present throughout is produced, values are current.
 */
class HMapRandomTest {
    record KeyKind(String name, Type type, Function<Random, Object> gen) {
    }

    private static final Type.Struct PADDED = new Type.Struct(List.of(
            new Type.Field("a", Basic.INT8, false), new Type.Field("b", Basic.INT64, false),
            new Type.Field("s", Basic.STRING, false), new Type.Field("_", Basic.INT32, false),
            new Type.Field("c", Basic.INT32, false), new Type.Field("d", Basic.INT16, false)));
    private static final Type.Interface ANY = new Type.Interface(List.of());

    static List<KeyKind> kinds() {
        return List.of(
                new KeyKind("int", Basic.INT, r -> (long) r.nextInt(700)),
                new KeyKind("int32", Basic.INT32, r -> (long) (r.nextInt(700) - 350)),
                new KeyKind("uint8", Basic.UINT8, r -> (long) r.nextInt(256)),
                new KeyKind("string", Basic.STRING, r -> "k" + r.nextInt(700)),
                new KeyKind("float64", Basic.FLOAT64, r -> switch (r.nextInt(40)) {
                    case 0 -> Double.NaN;
                    case 1 -> -0.0;
                    case 2 -> 0.0;
                    default -> r.nextInt(600) / 4.0;
                }),
                new KeyKind("struct", PADDED, r -> new GoStruct(new Object[]{
                        (long) r.nextInt(3), (long) r.nextInt(200), "s" + r.nextInt(2), 0L, (long) r.nextInt(2), 7L})),
                new KeyKind("[2]string", new Type.Array(2, Basic.STRING), r -> new GoArray(Basic.STRING, 16,
                        new Object[]{"x" + r.nextInt(30), "y" + r.nextInt(20)})),
                new KeyKind("interface{}", ANY, r -> switch (r.nextInt(5)) {
                    case 0 -> new Iface(Basic.INT, (long) r.nextInt(200));
                    case 1 -> new Iface(Basic.STRING, "i" + r.nextInt(200));
                    case 2 -> r.nextInt(10) == 0 ? null : new Iface(Basic.FLOAT64, r.nextInt(30) == 0 ? Double.NaN : r.nextInt(100) * 1.0);
                    case 3 -> new Iface(PADDED, new GoStruct(new Object[]{1L, (long) r.nextInt(100), "z", 0L, 0L, 0L}));
                    default -> new Iface(Basic.INT32, (long) r.nextInt(200));
                }));
    }

    @TestFactory
    List<DynamicTest> randomSequences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (KeyKind k : kinds()) {
            for (int goMinor : new int[]{19, 23}) {
                for (long seed = 1; seed <= 3; seed++) {
                    long s = seed;
                    tests.add(DynamicTest.dynamicTest(k.name + " go1." + goMinor + " seed " + seed, () -> run(k, goMinor, s)));
                }
            }
        }
        return tests;
    }

    /** The reference model: entries in insertion order; NaN keys are never equal, so each is new. */
    private static int find(List<Object[]> ref, Object key) {
        for (int i = 0; i < ref.size(); i++) {
            if (Keys.equal(ref.get(i)[0], key)) return i;
        }
        return -1;
    }

    private static final class LiveIter {
        final GoMap.MapIter it;
        final List<Object[]> atStart;
        final List<Object> produced = new ArrayList<>();
        final List<Object> touched = new ArrayList<>(); // deleted or inserted since the start

        LiveIter(GoMap.MapIter it, List<Object[]> snapshot) {
            this.it = it;
            this.atStart = snapshot;
        }
    }

    private static void run(KeyKind k, int goMinor, long seed) {
        TestCtx ctx = new TestCtx(goMinor, seed);
        Random r = new Random(seed * 31 + goMinor);
        HMap h = MapOps.makemap(ctx, new Type.Map(k.type, Basic.INT), r.nextInt(3) == 0 ? r.nextInt(100) : 0);
        List<Object[]> ref = new ArrayList<>();
        List<LiveIter> iters = new ArrayList<>();
        long nextVal = 1;
        for (int step = 0; step < 2500; step++) {
            int op = r.nextInt(100);
            Object key = k.gen.apply(r);
            if (op < 55) {
                long v = nextVal++;
                MapOps.mapassign(ctx, h, key, v);
                int i = find(ref, key);
                if (i >= 0) ref.get(i)[1] = v;
                else ref.add(new Object[]{key, v});
                for (LiveIter li : iters) li.touched.add(key);
            } else if (op < 80) {
                MapOps.mapdelete(ctx, h, key);
                int i = find(ref, key);
                if (i >= 0) ref.remove(i);
                for (LiveIter li : iters) {
                    li.touched.add(key);
                    li.produced.removeIf(p -> Keys.equal(p, key)); // a re-insert is a new entry
                }
            } else if (op < 90) {
                Object got = MapOps.mapaccess(ctx, h, key);
                int i = find(ref, key);
                assertEquals(i < 0 ? GoMap.ABSENT : ref.get(i)[1], got, "lookup " + key);
            } else if (op < 91 && r.nextInt(4) == 0) {
                MapOps.mapclear(ctx, h);
                ref.clear();
                for (LiveIter li : iters) {
                    li.touched.add(CLEARED);
                    li.produced.clear();
                }
            } else if (op < 95 && iters.size() < 3) {
                List<Object[]> snap = new ArrayList<>();
                for (Object[] e : ref) snap.add(e.clone());
                iters.add(new LiveIter(h.iterate(ctx), snap));
            } else if (!iters.isEmpty()) {
                LiveIter li = iters.get(r.nextInt(iters.size()));
                int n = 1 + r.nextInt(20);
                for (int j = 0; j < n; j++) {
                    if (!li.it.next(ctx)) {
                        finish(li);
                        iters.remove(li);
                        break;
                    }
                    Object pk = li.it.key();
                    int i = find(ref, pk);
                    boolean nan = !Keys.equalsItself(pk);
                    if (!nan) {
                        if (i < 0) fail("iterator produced absent key " + pk);
                        assertEquals(ref.get(i)[1], li.it.value(), "iterator value is current for " + pk);
                        for (Object p : li.produced) assertFalse(Keys.equal(p, pk), "produced twice: " + pk);
                    }
                    li.produced.add(pk);
                }
            }
            h.checkInvariants();
            assertEquals(ref.size(), h.count, "count");
        }
        for (Object[] e : ref) {
            if (Keys.equalsItself(e[0])) assertEquals(e[1], MapOps.mapaccess(ctx, h, e[0]));
        }
        for (LiveIter li : iters) {
            while (li.it.next(ctx)) li.produced.add(li.it.key());
            li.touched.add(CLEARED); // produced lists were pruned on deletes: skip the final check
        }
    }

    private static final Object CLEARED = new Object();

    /** Every key present at the start and untouched since must have been produced. */
    private static void finish(LiveIter li) {
        if (li.touched.contains(CLEARED)) return;
        for (Object[] e : li.atStart) {
            Object key = e[0];
            if (!Keys.equalsItself(key)) continue;
            boolean touched = false;
            for (Object t : li.touched) touched |= Keys.equal(t, key);
            if (touched) continue;
            boolean found = false;
            for (Object p : li.produced) found |= Keys.equal(p, key);
            assertTrue(found, "iterator missed " + key);
        }
    }
}
