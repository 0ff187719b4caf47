package io.gopherscope.rt.maps.swiss;

import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.maps.classic.Keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Executable invariants of a {@link SwissMap} (see its header). A violation is a simulator bug
 * and throws {@link Throw}. Never consumes randomness (NaN keys are not rehashed).
 */
final class SwissInvariants {
    private SwissInvariants() {
    }

    private static void fail(SwissMap m, String what) {
        throw new Throw("swiss map invariant violated: " + what + " (" + m + ")");
    }

    static void check(SwissMap m) {
        if (!(m.writing == 0)) fail(m, "writing set between operations");
        FastRand noRand = new FastRand(0);
        Map<Long, List<Object>> byHash = new HashMap<>();
        if (m.dirLen == 0) {
            if (!(m.directory == null)) fail(m, "small map has no directory");
            if (!(m.used <= Group.SLOTS)) fail(m, "small map holds at most 8");
            if (m.small == null) {
                if (!(m.used == 0)) fail(m, "no group but entries");
                return;
            }
            int full = 0;
            for (int i = 0; i < Group.SLOTS; i++) {
                int c = m.small.ctrl[i];
                if (!(c != Group.ctrlDeleted)) fail(m, "tombstone in a small map");
                if (!Group.isFull(c)) continue;
                full++;
                checkKey(m, m.small.keys[i], c, byHash, noRand);
            }
            if (!(full == m.used)) fail(m, "used " + m.used + " but " + full + " full slots");
            return;
        }
        if (!(m.small == null)) fail(m, "table map keeps no small group");
        if (!(m.dirLen == 1 << m.globalDepth && m.directory.length == m.dirLen)) fail(m, "directory length");
        if (!(m.globalShift == 64 - m.globalDepth)) fail(m, "globalShift");
        long total = 0;
        for (Table t : m.tables()) {
            if (!(t.index >= 0 && t.localDepth <= m.globalDepth)) fail(m, "table index/depth");
            int entries = 1 << (m.globalDepth - t.localDepth);
            if (!(t.index % entries == 0)) fail(m, "table index aligned to its entries");
            for (int i = 0; i < m.dirLen; i++) {
                boolean mine = i >= t.index && i < t.index + entries;
                if (!(mine == (m.directory[i] == t))) fail(m, "directory entry " + i);
            }
            if (!(Long.bitCount(t.capacity) == 1 && t.capacity >= Group.SLOTS
                    && t.capacity <= Table.maxTableCapacity)) fail(m, "capacity");
            if (!(t.groups.length * Group.SLOTS == t.capacity)) fail(m, "group count");
            int full = 0;
            int deleted = 0;
            for (Group g : t.groups) {
                for (int i = 0; i < Group.SLOTS; i++) {
                    int c = g.ctrl[i];
                    if (c == Group.ctrlDeleted) deleted++;
                    if (!Group.isFull(c)) {
                        if (!(c == Group.ctrlEmpty || c == Group.ctrlDeleted)) fail(m, "bad control byte " + c);
                        continue;
                    }
                    full++;
                    Object k = g.keys[i];
                    Long hash = checkKey(m, k, c, byHash, noRand);
                    if (hash != null) {
                        int d = m.directoryIndex(hash);
                        if (!(d >= t.index && d < t.index + entries)) fail(m, "key " + k + " in the wrong table");
                        if (!(t.getWithKey(hash, k) != null)) fail(m, "key " + k + " not findable by probing");
                    }
                }
            }
            if (!(full == t.used)) fail(m, "table used " + t.used + " but " + full + " full slots");
            int initial = t.capacity <= Group.SLOTS ? t.capacity - 1 : t.capacity * Table.maxAvgGroupLoad / Group.SLOTS;
            if (!(t.growthLeft == initial - full - deleted)) fail(m, "growthLeft " + t.growthLeft + " != " + initial + " - " + full + " full - " + deleted + " deleted");
            total += full;
        }
        if (!(total == m.used)) fail(m, "used " + m.used + " but tables hold " + total);
    }

    /** H2 matches and no duplicate; returns the hash, or null for a NaN key. */
    private static Long checkKey(SwissMap m, Object k, int ctrl, Map<Long, List<Object>> byHash, FastRand noRand) {
        if (!Keys.equalsItself(k)) return null;
        long hash = m.typ.hash(k, m.seed, noRand);
        if (!(Table.h2(hash) == ctrl)) fail(m, "control byte of " + k);
        List<Object> same = byHash.computeIfAbsent(hash, x -> new ArrayList<>());
        for (Object o : same) if (!(!Keys.equal(o, k))) fail(m, "key " + k + " present twice");
        same.add(k);
        return hash;
    }
}
