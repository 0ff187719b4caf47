package io.gopherscope.rt.maps.classic;

import io.gopherscope.rt.HeapObject;
import io.gopherscope.rt.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code runtime.bmap}: one bucket of a classic map (runtime/map.go, Go 1.19–1.23): 8 tophash bytes,
 * 8 keys, 8 elems, and the overflow pointer. It sits at {@code array base + i*bucketsize} inside
 * the bucket array it belongs to, or alone when allocated as a late overflow bucket.
 *
 * <p>A {@code null} key or elem slot is zeroed memory (shown as the zero value). Deleting clears only
 * what Go clears: the elem always, the key only if it holds pointers; evacuation leaves the old
 * copies unless Go clears them (no old iterator and a pointerful bucket).
 *
 * <p>Snapshot: kind {@code bmap}, fields {@code tophash} (8 ints), {@code keys}, {@code elems},
 * {@code overflow} (ref or null). The last preallocated overflow bucket's overflow pointer is a
 * sentinel (the array start) in Go; here it is {@link #overflowSentinel} and shown as
 * {@code overflow: null, sentinel: true}, so drawings never see a cycle.
 */
public final class BMap implements HeapObject {

    @Override
    public long heapBytes() {
        return t.bucketsize;
    }
    public final long addr;
    /** Map type, for describing keys and elems. */
    final MapType t;
    /** tophash[i]: 0..4 are states (emptyRest, emptyOne, evacuatedX, evacuatedY, evacuatedEmpty), 5..255 hash tops. */
    public final int[] tophash = new int[MapOps.bucketCnt];
    public final Object[] keys = new Object[MapOps.bucketCnt];
    public final Object[] elems = new Object[MapOps.bucketCnt];
    public BMap overflow;
    /** Set on the last preallocated overflow bucket while unused ({@code overflow == buckets} in Go). */
    public boolean overflowSentinel;

    BMap(MapType t, long addr) {
        this.t = t;
        this.addr = addr;
    }

    /** Clears the bucket like {@code memclr} of its memory. */
    void reset() {
        java.util.Arrays.fill(tophash, 0);
        java.util.Arrays.fill(keys, null);
        java.util.Arrays.fill(elems, null);
        overflow = null;
        overflowSentinel = false;
    }

    @Override
    public long addr() {
        return addr;
    }

    @Override
    public String kind() {
        return "bmap";
    }

    @Override
    public void describe(Map<String, Object> out, ValueEncoder enc) {
        List<Object> th = new ArrayList<>(8);
        List<Object> ks = new ArrayList<>(8);
        List<Object> es = new ArrayList<>(8);
        for (int i = 0; i < MapOps.bucketCnt; i++) {
            th.add((long) tophash[i]);
            ks.add(enc.encode(keys[i] != null ? keys[i] : Values.zero(t.key), t.key));
            es.add(enc.encode(elems[i] != null ? elems[i] : Values.zero(t.elem), t.elem));
        }
        out.put("tophash", th);
        out.put("keys", ks);
        out.put("elems", es);
        out.put("overflow", overflow == null ? null : enc.ref(overflow));
        if (overflowSentinel) out.put("sentinel", true);
    }
}
