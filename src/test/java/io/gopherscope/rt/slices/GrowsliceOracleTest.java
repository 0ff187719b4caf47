package io.gopherscope.rt.slices;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.TestCtx;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every row of the measured Go 1.19 tables {@code growslice.tsv} and {@code roundupsize.tsv}
 * (copied from ../shared/oracle) is reproduced by {@link Growslice}, and where the arrays stay small,
 * by the real {@code make} + {@code append} path too.
 */
class GrowsliceOracleTest {

    @TestFactory
    List<DynamicTest> growsliceRows() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String[]> rows = OracleTsv.rows("growslice.tsv");
        assertEquals(6295, rows.size());
        for (String[] r : rows) {
            int size = Integer.parseInt(r[1]);
            long len = Long.parseLong(r[2]);
            long cap = Long.parseLong(r[3]);
            int k = Integer.parseInt(r[4]);
            long capAfter = Long.parseLong(r[5]);
            long bytesAfter = Long.parseLong(r[6]);
            String name = String.join(" ", r);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                long newcap = Growslice.nextslicecap(len + k, cap, 19);
                long mem = Growslice.roundupsize(newcap * size, true, 19);
                assertEquals(capAfter, mem / size, "cap");
                assertEquals(bytesAfter, mem / size * size, "bytes");
                if (capAfter * size <= 1 << 16) {
                    viaAppend(size, len, cap, k, capAfter);
                }
            }));
        }
        return tests;
    }

    /** make([]T, len, cap) then append k zero elements, with T = [size]byte. */
    private static void viaAppend(int size, long len, long cap, int k, long capAfter) {
        TestCtx ctx = new TestCtx();
        Type elem = new Type.Array(size, Basic.UINT8);
        Slice s = len == 0 && cap == 0 ? null : SliceOps.makeslice(ctx, elem, len, cap);
        Slice more = SliceOps.makeslice(ctx, elem, k, k);
        Slice r = SliceOps.appendSlice(ctx, s, elem, more);
        assertEquals(len + k, r.len, "len via append");
        assertEquals(capAfter, r.cap, "cap via append");
        assertEquals(List.of("growslice"), ctx.events);
    }

    @Test
    void roundupsizeRows() {
        List<String[]> rows = OracleTsv.rows("roundupsize.tsv");
        assertEquals(72, rows.size());
        long expectedMin = 1;
        for (String[] r : rows) {
            long min = Long.parseLong(r[0]);
            long max = Long.parseLong(r[1]);
            long alloc = Long.parseLong(r[2]);
            assertEquals(expectedMin, min, "rows are contiguous");
            for (long n = min; n <= max; n++) {
                assertEquals(alloc, Growslice.roundupsize(n, true, 19), "n=" + n);
                assertEquals(alloc, Growslice.roundupsize(n, true, 22), "noscan unchanged in 1.22, n=" + n);
            }
            for (long n : new long[]{min, max}) {
                // measured as cap(append([]byte(nil), make([]byte, n)...))
                TestCtx ctx = new TestCtx();
                Slice s = SliceOps.appendSlice(ctx, null, Basic.UINT8, SliceOps.makeslice(ctx, Basic.UINT8, n, n));
                assertEquals(alloc, s.cap, "append n=" + n);
            }
            expectedMin = max + 1;
        }
        assertEquals(70001, expectedMin, "rows cover 1..70000");
    }
}
