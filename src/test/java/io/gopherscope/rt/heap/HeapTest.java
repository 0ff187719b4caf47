package io.gopherscope.rt.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapTest {
    /** objects/span column of RUNTIME-FACTS §5.5, class 1..67. */
    private static final int[] OBJS = {
        1024, 512, 341, 256, 170, 128, 102, 85, 73, 64, 56, 51, 46, 42, 39, 36, 34, 32, 28, 25, 23, 21, 19, 18,
        17, 16, 14, 12, 11, 10, 9, 8, 7, 6, 11, 5, 9, 4, 7, 3, 8, 5, 7, 2, 5, 3, 4, 5, 6, 7, 1, 6, 5, 4, 3, 2,
        3, 4, 1, 4, 3, 2, 3, 1, 3, 2, 1,
    };

    @Test
    void sizeClassTableMatchesObjectsPerSpan() {
        assertEquals(67, OBJS.length);
        for (int c = 1; c < SizeClasses.NUM_SIZE_CLASSES; c++) {
            assertEquals(OBJS[c - 1], SizeClasses.spanBytes(c) / SizeClasses.classSize(c), "class " + c);
        }
    }

    @Test
    void sameSizeAllocationsAreAdjacentAndStartAtTheArena() {
        Heap h = new Heap();
        long a = h.alloc(24);
        long b = h.alloc(20); // same class (24)
        long c = h.alloc(24);
        assertEquals(Heap.ARENA_START, a);
        assertEquals(a + 24, b);
        assertEquals(b + 24, c);
        long other = h.alloc(100); // class 112: another span
        assertEquals(Heap.ARENA_START + 8192, other);
        assertEquals(24 * 3 + 112, h.allocatedBytes());
    }

    @Test
    void scanAndNoscanUseDifferentSpans() {
        Heap h = new Heap();
        long p = h.alloc(8, false);
        long q = h.alloc(8, true);
        assertNotEquals(p + 8, q);
        assertEquals(p + 8, h.alloc(8, false));
    }

    @Test
    void fullSpanMovesToAFreshOne() {
        Heap h = new Heap();
        long first = h.alloc(4096); // class 44: 2 objects per 8 KiB span
        assertEquals(first + 4096, h.alloc(4096));
        long third = h.alloc(4096);
        assertEquals(first + 8192, third);
    }

    @Test
    void largeObjectsArePageRounded() {
        Heap h = new Heap();
        long a = h.alloc(40000);
        long b = h.alloc(40000);
        assertEquals(a + 40960, b);
        assertEquals(2 * 40960, h.allocatedBytes());
        assertEquals(0, a % 8192);
    }

    @Test
    void zeroSizeIsZerobase() {
        Heap h = new Heap();
        assertEquals(Heap.ZEROBASE, h.alloc(0));
        assertEquals(0, h.allocatedBytes());
    }

    @Test
    void budgetIsEnforcedBeforeAllocating() {
        Heap h = new Heap(10000);
        h.alloc(8192);
        HeapLimitException e = assertThrows(HeapLimitException.class, () -> h.alloc(4096));
        assertTrue(e.getMessage().startsWith("heap limit exceeded"), e.getMessage());
        assertTrue(e.getMessage().contains("--max-heap"));
        assertEquals(8192, h.allocatedBytes());
    }

    @Test
    void roundupsizeBasics() {
        assertEquals(8, SizeClasses.roundupsize(1));
        assertEquals(6784, SizeClasses.roundupsize(6656));
        assertEquals(32768, SizeClasses.roundupsize(32768));
        assertEquals(40960, SizeClasses.roundupsize(32769));
    }
}
