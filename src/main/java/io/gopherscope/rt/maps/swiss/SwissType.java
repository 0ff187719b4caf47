package io.gopherscope.rt.maps.swiss;

import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.maps.classic.MapType;

/**
 * {@code abi.SwissMapType} (Go 1.24+): the group layout the compiler picks for {@code map[K]V}
 * ({@code cmd/compile/internal/reflectdata/map_swiss.go}) and the key's hash function, which is
 * the same as for classic maps (Go 1.23+ form of runtime/hash64.go).
 *
 * <p>A group is a 64-bit control word followed by 8 slots, each {@code struct{key K; elem V}}
 * (keys and elems interleaved, unlike classic buckets); keys or elems over 128 bytes are stored
 * indirectly. {@code map[int64]int64}: 8 + 8*16 = 136 bytes.
 */
final class SwissType {
    final MapType mt; // hash, key flags
    final Type key;
    final Type elem;
    final int slotSize;
    final int groupSize;
    /** The group has no pointers (noscan allocation). */
    final boolean groupNoscan;

    SwissType(Type.Map type, int goMinor) {
        this.mt = new MapType(type, goMinor);
        this.key = type.key();
        this.elem = type.elem();
        int ks = mt.keysize;
        int es = mt.elemsize;
        int ka = mt.indirectkey ? 8 : Values.alignof(key);
        int ea = mt.indirectelem ? 8 : Values.alignof(elem);
        int align = Math.max(ka, ea);
        long off = ks;
        off = (off + ea - 1) / ea * ea; // elem offset inside the slot
        off += es;
        slotSize = (int) ((off + align - 1) / align * align);
        groupSize = 8 + 8 * slotSize;
        groupNoscan = mt.bucketNoscan;
    }

    long hash(Object k, long seed, FastRand rand) {
        return mt.hash(k, seed, rand);
    }
}
