package io.gopherscope.rt.slices;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.TestCtx;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The worked growth examples of RUNTIME-FACTS §5.6, by Go version. */
class GrowsliceTest {
    private static final Type PTR = new Type.Pointer(Basic.INT);
    private static final Type STRUCT12 = new Type.Struct(List.of(
            new Type.Field("a", Basic.INT32, false), new Type.Field("b", Basic.INT32, false),
            new Type.Field("c", Basic.INT32, false)));
    private static final Type STRUCT24 = new Type.Struct(List.of(
            new Type.Field("a", Basic.INT, false), new Type.Field("b", Basic.INT, false),
            new Type.Field("c", Basic.INT, false)));
    private static final Type STRUCT24P = new Type.Struct(List.of(
            new Type.Field("p", PTR, false), new Type.Field("b", Basic.INT, false),
            new Type.Field("c", Basic.INT, false)));
    private static final Type EMPTY = new Type.Struct(List.of());

    /** Appends one element at a time from nil up to {@code upTo}; the distinct caps seen. */
    private static List<Long> caps(int goMinor, Type elem, int upTo) {
        TestCtx ctx = new TestCtx(goMinor, 1, 1L << 30);
        Slice s = null;
        List<Long> caps = new ArrayList<>();
        Object v = io.gopherscope.rt.Values.zero(elem);
        for (int i = 0; i < upTo; i++) {
            s = SliceOps.append(ctx, s, elem, new Object[]{v});
            if (caps.isEmpty() || caps.get(caps.size() - 1) != s.cap) caps.add((long) s.cap);
        }
        return caps;
    }

    private static List<Long> list(long... v) {
        List<Long> l = new ArrayList<>();
        for (long x : v) l.add(x);
        return l;
    }

    @Test
    void go119Caps() {
        assertEquals(list(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120),
                caps(19, Basic.INT, 5000));
        assertEquals(list(8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376), caps(19, Basic.UINT8, 5000));
        assertEquals(list(2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048, 3072), caps(19, Basic.INT32, 3000));
        assertEquals(list(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413), caps(19, STRUCT12, 3000));
        assertEquals(list(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072), caps(19, STRUCT24, 3000));
        assertEquals(caps(19, Basic.INT, 3000), caps(19, PTR, 3000));
        assertEquals(caps(19, STRUCT16(), 3000), caps(19, Basic.STRING, 3000));
        assertEquals(list(1, 2, 3, 4, 5), caps(19, EMPTY, 5));
    }

    private static Type STRUCT16() {
        return new Type.Struct(List.of(new Type.Field("a", Basic.INT, false), new Type.Field("b", Basic.INT, false)));
    }

    @Test
    void go122MallocHeaderCaps() {
        assertEquals(list(1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071, 4095, 6144), caps(22, PTR, 5000));
        assertEquals(list(1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023, 1535, 2560, 3584), caps(22, Basic.STRING, 3000));
        assertEquals(list(1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389, 3413), caps(24, STRUCT24P, 3000));
        // pointer-free element types are unchanged
        assertEquals(caps(19, Basic.INT, 5000), caps(22, Basic.INT, 5000));
        assertEquals(caps(19, STRUCT24, 3000), caps(23, STRUCT24, 3000));
        // and before 1.22 pointers changed nothing
        assertEquals(caps(19, Basic.INT, 5000), caps(21, PTR, 5000));
    }

    @Test
    void singleAppends() {
        TestCtx ctx = new TestCtx();
        Object[] five = {1L, 2L, 3L, 4L, 5L};
        assertEquals(6, SliceOps.append(ctx, null, Basic.INT, five).cap);
        assertEquals(8, SliceOps.append(ctx, null, Basic.UINT8, five).cap);
        assertEquals(608, grow(ctx, 300, 1));
        assertEquals(1184, grow(ctx, 700, 1));
        assertEquals(6144, grow(ctx, 4096, 1));
        assertEquals(6, grow(ctx, 3, 1));
    }

    private static long grow(TestCtx ctx, int cap, int k) {
        Slice s = SliceOps.makeslice(ctx, Basic.INT, cap, cap);
        return SliceOps.append(ctx, s, Basic.INT, new Object[k]).cap;
    }

    @Test
    void preGo118Formula() {
        assertEquals(1024, Growslice.nextslicecap(513, 512, 17));
        assertEquals(832, Growslice.nextslicecap(513, 512, 18));
        assertEquals(1280, Growslice.nextslicecap(1025, 1024, 17));
        assertEquals(1600, Growslice.nextslicecap(1281, 1280, 17));
        assertEquals(5000, Growslice.nextslicecap(5000, 1024, 17));
        List<Long> c = caps(17, Basic.INT, 3000);
        assertEquals(list(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1280, 1696, 2304, 3072), c);
    }
}
