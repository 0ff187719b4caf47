package io.gopherscope.rt.slices;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.TestCtx;
import io.gopherscope.rt.heap.GoArray;
import io.gopherscope.rt.heap.Heap;
import io.gopherscope.rt.heap.HeapLimitException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** make, append, copy, slicing and their panics (RUNTIME-FACTS §5.2–5.7, conformance 31–35). */
class SliceOpsTest {
    private final TestCtx ctx = new TestCtx();

    private static List<Object> elems(Slice s) {
        List<Object> l = new ArrayList<>();
        for (int i = 0; i < s.len; i++) l.add(s.get(i));
        return l;
    }

    private Slice ints(long... v) {
        Object[] o = new Object[v.length];
        for (int i = 0; i < v.length; i++) o[i] = v[i];
        return SliceOps.literal(ctx, Basic.INT, o);
    }

    private static String panicMessage(Runnable r) {
        GoPanic p = assertThrows(GoPanic.class, r::run);
        return p.getMessage();
    }

    @Test
    void makesliceAndItsPanics() {
        Slice s = SliceOps.makeslice(ctx, Basic.INT, 0, 5);
        assertEquals(5, s.cap);
        assertEquals(0, s.len);
        assertEquals("runtime error: makeslice: len out of range", panicMessage(() -> SliceOps.makeslice(ctx, Basic.INT, -1, -1)));
        assertEquals("runtime error: makeslice: cap out of range", panicMessage(() -> SliceOps.makeslice(ctx, Basic.INT, 5, 2)));
        assertEquals("runtime error: makeslice: cap out of range", panicMessage(() -> SliceOps.makeslice(ctx, Basic.INT, 0, -1)));
        assertEquals("runtime error: makeslice: len out of range", panicMessage(() -> SliceOps.makeslice(ctx, Basic.INT, 1L << 62, 1L << 62)));
        assertThrows(HeapLimitException.class, () -> SliceOps.makeslice(ctx, Basic.INT, 1L << 40, 1L << 40));
    }

    @Test
    void emptyAndZeroSizeSlicesLiveAtZerobase() {
        assertEquals(Heap.ZEROBASE, SliceOps.makeslice(ctx, Basic.INT, 0, 0).ptr());
        assertEquals(Heap.ZEROBASE, SliceOps.literal(ctx, Basic.INT, new Object[0]).ptr());
        Type empty = new Type.Struct(List.of());
        assertEquals(Heap.ZEROBASE, SliceOps.makeslice(ctx, empty, 10, 10).ptr());
        Slice e = SliceOps.append(ctx, null, empty, new Object[]{new GoStruct(new Object[0])});
        assertEquals(Heap.ZEROBASE, e.ptr());
        assertEquals(1, e.cap);
    }

    @Test
    void appendNothingKeepsNil() {
        assertNull(SliceOps.append(ctx, null, Basic.INT, new Object[0]));
        assertNull(SliceOps.appendSlice(ctx, null, Basic.INT, ints()));
    }

    @Test
    void appendsWithSpareCapacityShareTheArray() {
        Slice base = SliceOps.makeslice(ctx, Basic.INT, 3, 4);
        Slice p = SliceOps.append(ctx, base, Basic.INT, new Object[]{1L});
        Slice q = SliceOps.append(ctx, base, Basic.INT, new Object[]{2L});
        assertSame(p.array, q.array);
        assertEquals(List.of(0L, 0L, 0L, 2L), elems(p));
        assertEquals(p.ptr(), base.ptr());
    }

    @Test
    void fullSliceExpressionForcesACopy() {
        Slice full = ints(1, 2, 3, 4, 5);
        Slice r = SliceOps.append(ctx, Bounds.slice(full, 0, 2, 0, false), Basic.INT, new Object[]{9L});
        assertEquals(List.of(1L, 2L, 9L, 4L, 5L), elems(full));
        assertSame(full.array, r.array);
        Slice t = Bounds.slice(full, 1, 2, 2, true);
        assertEquals(1, t.cap);
        Slice u = SliceOps.append(ctx, t, Basic.INT, new Object[]{7L});
        assertEquals(2, u.cap);
        assertNotSame(full.array, u.array);
        assertEquals(List.of(1L, 2L, 9L, 4L, 5L), elems(full));
    }

    @Test
    void appendToItself() {
        Slice self = ints(1, 2, 3);
        Slice r = SliceOps.appendSlice(ctx, self, Basic.INT, self);
        assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 3L), elems(r));
        assertEquals(6, r.cap);
    }

    @Test
    void copyIsMemmove() {
        Slice s = ints(1, 2, 3, 4, 5);
        assertEquals(4, SliceOps.copy(Bounds.sliceFrom(s, 1), s));
        assertEquals(List.of(1L, 1L, 2L, 3L, 4L), elems(s));
        Slice t = ints(1, 2, 3, 4, 5);
        assertEquals(3, SliceOps.copy(t, Bounds.sliceFrom(t, 2)));
        assertEquals(List.of(3L, 4L, 5L, 4L, 5L), elems(t));
        Slice b = SliceOps.makeslice(ctx, Basic.UINT8, 3, 3);
        assertEquals(3, SliceOps.copyFromString(b, "hello"));
        assertEquals("hel", StringConv.bytesToString(b));
    }

    @Test
    void structElementsAreCopied() {
        Type pt = new Type.Struct(List.of(new Type.Field("x", Basic.INT, false)));
        GoStruct v = new GoStruct(new Object[]{1L});
        Slice s = SliceOps.append(ctx, null, pt, new Object[]{v});
        v.f[0] = 2L;
        assertEquals(1L, ((GoStruct) s.get(0)).f[0]);
        Slice grown = SliceOps.append(ctx, s, pt, new Object[]{v});
        ((GoStruct) grown.get(0)).f[0] = 5L;
        assertEquals(1L, ((GoStruct) s.get(0)).f[0]);
    }

    @Test
    void boundsMessages() {
        Slice s = ints(1, 2, 3);
        String str = "abc";
        GoArray arr = GoArray.zeroed(Basic.INT, 4);
        assertEquals("runtime error: index out of range [5] with length 3", panicMessage(() -> Bounds.get(s, 5)));
        assertEquals("runtime error: index out of range [-1]", panicMessage(() -> Bounds.get(s, -1)));
        assertEquals("runtime error: index out of range [0] with length 0", panicMessage(() -> Bounds.get(null, 0)));
        assertEquals("runtime error: index out of range [5] with length 3", panicMessage(() -> Bounds.byteAt(str, 5)));
        assertEquals("runtime error: index out of range [18446744073709551615] with length 3",
                panicMessage(() -> Bounds.index(-1, false, 3)));
        assertEquals("runtime error: slice bounds out of range [:5] with capacity 3", panicMessage(() -> Bounds.slice(s, 0, 5, 0, false)));
        assertEquals("runtime error: slice bounds out of range [5:3]", panicMessage(() -> Bounds.sliceFrom(s, 5)));
        assertEquals("runtime error: slice bounds out of range [2:1]", panicMessage(() -> Bounds.slice(s, 2, 1, 0, false)));
        assertEquals("runtime error: slice bounds out of range [-1:]", panicMessage(() -> Bounds.sliceFrom(s, -1)));
        assertEquals("runtime error: slice bounds out of range [::10] with capacity 3", panicMessage(() -> Bounds.slice(s, 0, 2, 10, true)));
        assertEquals("runtime error: slice bounds out of range [:2:1]", panicMessage(() -> Bounds.slice(s, 0, 2, 1, true)));
        assertEquals("runtime error: slice bounds out of range [:2:1]", panicMessage(() -> Bounds.slice(s, 1, 2, 1, true)));
        assertEquals("runtime error: slice bounds out of range [2:1:]", panicMessage(() -> Bounds.slice(s, 2, 1, 3, true)));
        assertEquals("runtime error: slice bounds out of range [:5] with length 3", panicMessage(() -> Bounds.sliceString(str, 0, 5)));
        assertEquals("runtime error: slice bounds out of range [2:1]", panicMessage(() -> Bounds.sliceString(str, 2, 1)));
        assertEquals("runtime error: slice bounds out of range [:5] with length 4", panicMessage(() -> Bounds.sliceArray(ctx, arr, 0, 5, 0, false)));
        assertEquals("runtime error: slice bounds out of range [::7] with length 4", panicMessage(() -> Bounds.sliceArray(ctx, arr, 0, 1, 7, true)));
        assertEquals("runtime error: cannot convert slice with length 3 to pointer to array with length 4",
                panicMessage(() -> Bounds.checkConvert(s, 4, 19)));
        assertEquals("runtime error: cannot convert slice with length 3 to array or pointer to array with length 4",
                panicMessage(() -> Bounds.checkConvert(s, 4, 21)));
    }

    @Test
    void slicingResults() {
        Slice s = ints(1, 2, 3, 4, 5);
        Slice t = Bounds.slice(s, 1, 3, 0, false);
        assertEquals(2, t.len);
        assertEquals(4, t.cap);
        assertEquals(s.ptr() + 8, t.ptr());
        Slice end = Bounds.slice(s, 5, 5, 0, false);
        assertEquals(0, end.cap);
        assertEquals(s.ptr(), end.ptr()); // never points past the array
        assertNull(Bounds.slice(null, 0, 0, 0, false));
        GoArray arr = GoArray.zeroed(Basic.INT, 4);
        Slice a = Bounds.sliceArray(ctx, arr, 1, 2, 0, false);
        assertEquals(3, a.cap);
        assertEquals(arr.addr + 8, a.ptr());
        assertEquals("bc", Bounds.sliceString("abc", 1, 3));
    }

    @Test
    void stringConversions() {
        String s = io.gopherscope.rt.Values.goString("héllo, 世界!");
        Slice rs = StringConv.stringToRunes(ctx, s);
        assertEquals(10, rs.len);
        assertEquals(12, rs.cap); // 40 bytes -> class 48
        assertEquals(s, StringConv.runesToString(rs));
        Slice bad = StringConv.stringToRunes(ctx, "a\u00ffb\u00e4\u00b8");
        assertEquals(List.of(97L, 65533L, 98L, 65533L, 65533L), elems(bad));
        Slice b = StringConv.stringToBytes(ctx, "abc");
        assertEquals(8, b.cap);
        assertEquals(List.of(97L, 98L, 99L), elems(b));
        assertEquals("A", StringConv.runeToString(65));
        assertEquals("\u00ef\u00bf\u00bd", StringConv.runeToString(0xD800));
        assertEquals("\u00ef\u00bf\u00bd", StringConv.runeToString(-1));
        assertEquals("\u00ef\u00bf\u00bd", StringConv.runeToString(1L << 32 | 65));
        assertEquals(Heap.ZEROBASE, StringConv.stringToBytes(ctx, "").ptr());
        long rw = StringConv.decodeRune(io.gopherscope.rt.Values.goString("世"), 0);
        assertEquals(19990, (int) rw);
        assertEquals(3, rw >>> 32);
        // overlong and surrogate encodings are invalid, one byte at a time
        assertEquals(65533, (int) StringConv.decodeRune("\u00c0\u0080", 0));
        assertEquals(65533, (int) StringConv.decodeRune("\u00ed\u00a0\u0080", 0));
        assertEquals(1, StringConv.decodeRune("\u00e4\u00b8", 0) >>> 32);
    }
}
