package io.gopherscope.rt.select;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.rt.chan.HChan;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code lockorder} is built by {@code selectgo}'s heap sort over {@code pollorder} (Go 1.19
 * {@code select.go}): sorted by channel address, and, because heap sort is not stable, cases on
 * one channel come out in an order of their own, which decides which of their sudogs is queued
 * first.
 */
class LockorderTest {

    private static HChan chan(long addr) {
        return new HChan(Basic.INT, 8, 0, addr, addr, 0L);
    }

    private static SCase recv(HChan c) {
        return new SCase(c, false, null, Basic.INT);
    }

    @Test
    void sortsByChannelAddress() {
        Random r = new Random(1);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(8);
            SCase[] cases = new SCase[n];
            HChan[] pool = {chan(0xc000010000L), chan(0xc000010060L), chan(0xc0000100c0L), chan(0xc000010120L)};
            for (int i = 0; i < n; i++) cases[i] = recv(pool[r.nextInt(pool.length)]);
            int[] poll = new int[n];
            for (int i = 0; i < n; i++) poll[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = poll[i];
                poll[i] = poll[j];
                poll[j] = t;
            }
            int[] lock = Select.lockorder(cases, poll);
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                assertTrue(!seen[lock[i]], "a permutation of the cases");
                seen[lock[i]] = true;
                if (i > 0) assertTrue(cases[lock[i - 1]].c.addr <= cases[lock[i]].c.addr, "ascending addresses");
            }
        }
    }

    @Test
    void twoCasesOnOneChannelComeOutReversed() {
        HChan c = chan(0xc000010000L);
        SCase[] cases = {recv(c), recv(c)};
        assertArrayEquals(new int[]{1, 0}, Select.lockorder(cases, new int[]{0, 1}));
        assertArrayEquals(new int[]{0, 1}, Select.lockorder(cases, new int[]{1, 0}));
    }

    @Test
    void heapSortOfThreeEqualKeys() {
        // worked through select.go's two loops by hand: build keeps [a b c], extraction yields [b c a]
        HChan c = chan(0xc000010000L);
        SCase[] cases = {recv(c), recv(c), recv(c)};
        assertArrayEquals(new int[]{1, 2, 0}, Select.lockorder(cases, new int[]{0, 1, 2}));
    }
}
