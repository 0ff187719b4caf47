package io.gopherscope.rt.maps.swiss;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.maps.MapRandomHarness;
import io.gopherscope.rt.maps.MapRandomHarness.KeyKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random operation sequences on Swiss maps (Go 1.24+) of several key types (see
 * {@link MapRandomHarness}), with {@link SwissMap#checkInvariants()} after every operation while
 * small and regularly after that; big enough to grow tables and split them under a directory.
 */
class SwissRandomTest {
    private static final MapRandomHarness.Options OPTS = new MapRandomHarness.Options(6000, 3000, 60, 300, 25);

    @TestFactory
    List<DynamicTest> randomSequences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (KeyKind k : MapRandomHarness.kinds(3000)) {
            for (int goMinor : new int[]{24, 25}) {
                for (long seed = 1; seed <= 3; seed++) {
                    long s = seed;
                    tests.add(DynamicTest.dynamicTest(k.name() + " go1." + goMinor + " seed " + seed, () -> {
                        TestCtx ctx = new TestCtx(goMinor, s);
                        SwissMap m = SwissMap.make(ctx, new Type.Map(k.type(), Basic.INT), s == 2 ? 1500 : 0);
                        int[] maxTables = {0};
                        MapRandomHarness.run(ctx, m, m::checkInvariants, k, s * 31 + goMinor, OPTS,
                                x -> maxTables[0] = Math.max(maxTables[0], m.tables().size()));
                        if (k.name().equals("int") || k.name().equals("string")) {
                            assertTrue(maxTables[0] >= 2, "the run should split a table, max tables " + maxTables[0]);
                        }
                    }));
                }
            }
        }
        return tests;
    }
}
