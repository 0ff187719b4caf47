package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.maps.MapRandomHarness;
import io.gopherscope.rt.maps.MapRandomHarness.KeyKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random operation sequences on classic maps of several key types (see {@link MapRandomHarness}),
 * with {@link HMap#checkInvariants()} after every operation.
 */
class HMapRandomTest {
    private static final MapRandomHarness.Options OPTS = new MapRandomHarness.Options(2500, 700, 4, 400, 5);

    @TestFactory
    List<DynamicTest> randomSequences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (KeyKind k : MapRandomHarness.kinds(700)) {
            for (int goMinor : new int[]{19, 23}) {
                for (long seed = 1; seed <= 3; seed++) {
                    long s = seed;
                    tests.add(DynamicTest.dynamicTest(k.name() + " go1." + goMinor + " seed " + seed, () -> {
                        TestCtx ctx = new TestCtx(goMinor, s);
                        long hint = s == 2 ? 60 : 0;
                        HMap h = MapOps.makemap(ctx, new Type.Map(k.type(), Basic.INT), hint);
                        MapRandomHarness.run(ctx, h, h::checkInvariants, k, s * 31 + goMinor, OPTS, m -> { });
                    }));
                }
            }
        }
        return tests;
    }

    /** The prepared key hash agrees with the straightforward genhash for every test key. */
    @TestFactory
    List<DynamicTest> keyHasherMatchesGenhash() {
        List<DynamicTest> tests = new ArrayList<>();
        for (KeyKind k : MapRandomHarness.kinds(700)) {
            tests.add(DynamicTest.dynamicTest(k.name(), () -> {
                for (int goMinor : new int[]{19, 23}) {
                    Hasher hs = Hasher.forVersion(goMinor);
                    KeyHasher kh = new KeyHasher(k.type(), hs);
                    Random r = new Random(5);
                    for (int i = 0; i < 500; i++) {
                        Object v = k.gen().apply(r);
                        if (!Keys.equalsItself(v)) continue;
                        long seed = r.nextLong();
                        assertEquals(TypeHash.genhash(hs, k.type(), v, seed, new FastRand(1)), kh.hash(v, seed, new FastRand(1)),
                                "key " + v);
                    }
                }
            }));
        }
        return tests;
    }
}
