package io.gopherscope.rt.maps;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.maps.classic.Keys;
import io.gopherscope.rt.maps.classic.MapType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random insert/delete/lookup/clear/iterate sequences against any {@link GoMap}, compared with a
 * reference model, with the map's invariants checked after every operation. Live iterators run
 * interleaved with writes and must follow the spec: no entry twice (a deleted and re-inserted key
 * is a new entry), every entry present throughout is produced, values are current.
 */
public final class MapRandomHarness {
    private MapRandomHarness() {
    }

    public record KeyKind(String name, Type type, Function<Random, Object> gen) {
    }

    public record Options(int steps, int universe, int clearOneIn, int fullCheckBelow, int checkEvery) {
    }

    private static final Type.Struct PADDED = new Type.Struct(List.of(
            new Type.Field("a", Basic.INT8, false), new Type.Field("b", Basic.INT64, false),
            new Type.Field("s", Basic.STRING, false), new Type.Field("_", Basic.INT32, false),
            new Type.Field("c", Basic.INT32, false), new Type.Field("d", Basic.INT16, false)));
    private static final Type.Interface ANY = new Type.Interface(List.of());

    public static List<KeyKind> kinds(int universe) {
        return List.of(
                new KeyKind("int", Basic.INT, r -> (long) r.nextInt(universe)),
                new KeyKind("int32", Basic.INT32, r -> (long) (r.nextInt(universe) - universe / 2)),
                new KeyKind("uint8", Basic.UINT8, r -> (long) r.nextInt(256)),
                new KeyKind("string", Basic.STRING, r -> "k" + r.nextInt(universe)),
                new KeyKind("float64", Basic.FLOAT64, r -> switch (r.nextInt(40)) {
                    case 0 -> Double.NaN;
                    case 1 -> -0.0;
                    case 2 -> 0.0;
                    default -> r.nextInt(universe) / 4.0;
                }),
                new KeyKind("struct", PADDED, r -> new GoStruct(new Object[]{
                        (long) r.nextInt(3), (long) r.nextInt(universe / 3), "s" + r.nextInt(2), 0L, (long) r.nextInt(2), 7L})),
                new KeyKind("[2]string", new Type.Array(2, Basic.STRING), r -> new GoArray(Basic.STRING, 16,
                        new Object[]{"x" + r.nextInt(30), "y" + r.nextInt(universe / 30 + 1)})),
                new KeyKind("interface{}", ANY, r -> switch (r.nextInt(5)) {
                    case 0 -> new Iface(Basic.INT, (long) r.nextInt(universe / 4));
                    case 1 -> new Iface(Basic.STRING, "i" + r.nextInt(universe / 4));
                    case 2 -> r.nextInt(10) == 0 ? null : new Iface(Basic.FLOAT64, r.nextInt(30) == 0 ? Double.NaN : r.nextInt(100) * 1.0);
                    case 3 -> new Iface(PADDED, new GoStruct(new Object[]{1L, (long) r.nextInt(100), "z", 0L, 0L, 0L}));
                    default -> new Iface(Basic.INT32, (long) r.nextInt(universe / 4));
                }));
    }

    /** A key with Go's equality and a hash from the map hasher with a fixed seed. */
    private record K(Object v, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof K k && Keys.equal(v, k.v);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class Model {
        final MapType mt;
        final Map<K, Object> live = new LinkedHashMap<>();
        int nans;

        Model(Type.Map t) {
            mt = new MapType(t, 23);
        }

        K k(Object key) {
            return new K(key, (int) mt.hash(key, 0, new FastRand(0)));
        }

        int size() {
            return live.size() + nans;
        }
    }

    private static final class LiveIter {
        final GoMap.MapIter it;
        final List<K> atStart;
        final Map<K, Boolean> produced = new java.util.HashMap<>();
        final Map<K, Boolean> touched = new java.util.HashMap<>();
        boolean cleared;

        LiveIter(GoMap.MapIter it, List<K> atStart) {
            this.it = it;
            this.atStart = atStart;
        }
    }

    /** Runs one random sequence; returns the largest count reached. */
    public static int run(TestCtx ctx, GoMap m, Runnable checkInvariants, KeyKind k, long seed, Options o,
                          Consumer<GoMap> afterStep) {
        Random r = new Random(seed);
        Model ref = new Model(m.type());
        List<LiveIter> iters = new ArrayList<>();
        long nextVal = 1;
        int max = 0;
        for (int step = 0; step < o.steps; step++) {
            int op = r.nextInt(100);
            Object key = k.gen.apply(r);
            boolean nan = !Keys.equalsItself(key);
            if (op < 55) {
                long v = nextVal++;
                m.assign(ctx, key, v);
                if (nan) ref.nans++;
                else ref.live.put(ref.k(key), v);
                if (!nan) for (LiveIter li : iters) li.touched.put(ref.k(key), true);
            } else if (op < 80) {
                m.delete(ctx, key);
                if (!nan) {
                    K kk = ref.k(key);
                    ref.live.remove(kk);
                    for (LiveIter li : iters) {
                        li.touched.put(kk, true);
                        li.produced.remove(kk); // a re-insert is a new entry
                    }
                }
            } else if (op < 90) {
                Object got = m.access(ctx, key);
                Object want = nan ? GoMap.ABSENT : ref.live.getOrDefault(ref.k(key), GoMap.ABSENT);
                if (want != got && !want.equals(got)) fail("lookup " + key + ": want " + want + " got " + got);
            } else if (op < 91 && r.nextInt(o.clearOneIn) == 0) {
                m.clear(ctx);
                ref.live.clear();
                ref.nans = 0;
                for (LiveIter li : iters) {
                    li.cleared = true;
                    li.produced.clear();
                }
            } else if (op < 95 && iters.size() < 3) {
                iters.add(new LiveIter(m.iterate(ctx), new ArrayList<>(ref.live.keySet())));
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
                    if (!Keys.equalsItself(pk)) continue;
                    K kk = ref.k(pk);
                    Object want = ref.live.get(kk);
                    if (want == null) fail("iterator produced absent key " + pk);
                    if (!want.equals(li.it.value())) fail("iterator value for " + pk + ": want " + want + " got " + li.it.value());
                    if (li.produced.put(kk, true) != null) fail("produced twice: " + pk);
                }
            }
            if (m.count() < o.fullCheckBelow || step % o.checkEvery == 0) checkInvariants.run();
            if (ref.size() != m.count()) fail("count: want " + ref.size() + " got " + m.count());
            max = Math.max(max, m.count());
            afterStep.accept(m);
        }
        for (Map.Entry<K, Object> e : ref.live.entrySet()) {
            assertEquals(e.getValue(), m.access(ctx, e.getKey().v()));
        }
        for (LiveIter li : iters) {
            while (li.it.next(ctx)) {
                // drain
            }
        }
        return max;
    }

    /** Every key present at the start and untouched since must have been produced. */
    private static void finish(LiveIter li) {
        if (li.cleared) return;
        for (K key : li.atStart) {
            if (li.touched.containsKey(key)) continue;
            assertTrue(li.produced.containsKey(key), () -> "iterator missed " + key.v());
        }
    }
}
