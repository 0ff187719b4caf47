package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.slices.OracleTsv;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Map growth against the measured Go 1.19 table mapgrowth.tsv (copied from ../shared/oracle). */
class MapGrowthOracleTest {
    private static final Type.Map INT_INT = new Type.Map(Basic.INT, Basic.INT);
    private static final Type.Map STR_INT = new Type.Map(Basic.STRING, Basic.INT);

    private static Type.Map type(String name) {
        return switch (name) {
            case "map[int]int" -> INT_INT;
            case "map[string]int" -> STR_INT;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static LongFunction<Object> keys(String name) {
        return name.equals("map[int]int") ? i -> i : i -> Long.toString(i);
    }

    @Test
    void bAfterEachInsert() {
        for (String name : List.of("map[int]int", "map[string]int")) {
            List<String> expected = new ArrayList<>();
            for (String[] r : OracleTsv.rows("mapgrowth.tsv")) {
                if (r[0].equals("insert") && r[1].equals(name)) expected.add(String.join(" ", r));
            }
            assertEquals(12, expected.size());
            TestCtx ctx = new TestCtx(19, 7);
            HMap h = MapOps.makemap(ctx, type(name), 0);
            List<String> got = new ArrayList<>();
            got.add("insert " + name + " 0 0 0 false");
            int prevB = h.B;
            LongFunction<Object> key = keys(name);
            for (long i = 0; i < 10000; i++) {
                int before = h.B;
                MapOps.mapassign(ctx, h, key.apply(i), i);
                if (h.B != prevB) {
                    got.add("insert " + name + " " + h.count + " " + before + " " + h.B + " " + (h.oldbuckets != null));
                    prevB = h.B;
                }
                if (i % 97 == 0 || h.count < 300) h.checkInvariants();
            }
            assertEquals(expected, got);
        }
    }

    @Test
    void bForEachHint() {
        int n = 0;
        for (String[] r : OracleTsv.rows("mapgrowth.tsv")) {
            if (!r[0].equals("hint")) continue;
            TestCtx ctx = new TestCtx(19, 3, 1L << 40);
            long hint = Long.parseLong(r[2]);
            int b = Integer.parseInt(r[3]);
            if (hint > 100000) {
                // do not build 2^18 buckets: check the sizing rule itself
                int bb = 0;
                while (MapOps.overLoadFactor(hint, bb)) bb++;
                assertEquals(b, bb, "hint " + hint);
            } else {
                HMap h = MapOps.makemap(ctx, type(r[1]), hint);
                assertEquals(b, h.B, r[1] + " hint " + hint);
                assertEquals(b == 0, h.buckets == null);
                h.checkInvariants();
            }
            n++;
        }
        assertEquals(2 * 230, n);
    }

    @Test
    void noverflowOverTwentySeedsIsWithinTheMeasuredRange() {
        int rows = 0;
        for (String[] r : OracleTsv.rows("mapgrowth.tsv")) {
            if (!r[0].equals("noverflow")) continue;
            String name = r[1];
            int n = Integer.parseInt(r[2]);
            int maps = Integer.parseInt(r[3]);
            int bMin = Integer.parseInt(r[4]);
            int bMax = Integer.parseInt(r[5]);
            int oMin = Integer.parseInt(r[6]);
            int oMax = Integer.parseInt(r[8]);
            int growing = Integer.parseInt(r[9]);
            int[] novf = new int[maps];
            int g = 0;
            for (int s = 0; s < maps; s++) {
                TestCtx ctx = new TestCtx(19, 1000 + s);
                HMap h = MapOps.makemap(ctx, type(name), 0);
                LongFunction<Object> key = keys(name);
                for (long i = 0; i < n; i++) MapOps.mapassign(ctx, h, key.apply(i), i);
                h.checkInvariants();
                assertTrue(h.B >= bMin && h.B <= bMax, "B " + h.B);
                novf[s] = h.noverflow;
                if (h.oldbuckets != null) g++;
            }
            Arrays.sort(novf);
            int median = novf[maps / 2];
            String what = name + " N=" + n + " noverflow " + Arrays.toString(novf) + " measured " + oMin + ".." + oMax;
            assertTrue(median >= oMin && median <= oMax, what);
            // two independent samples of 20 (our seeds are not Go's): compare all but the outermost
            // value on each side, with some slack
            assertTrue(novf[1] >= oMin - spread(oMin, oMax) && novf[maps - 2] <= oMax + spread(oMin, oMax), what);
            assertEquals(growing, g, name + " N=" + n + " maps still growing");
            rows++;
        }
        assertEquals(58, rows);
    }

    /** Slack for comparing the extremes of two samples of 20 (not the same random seeds as Go's). */
    private static int spread(int min, int max) {
        return Math.max(1, (max - min) / 2);
    }
}
