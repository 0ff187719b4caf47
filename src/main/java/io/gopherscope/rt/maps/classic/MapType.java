package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.heap.Layout;
import io.gopherscope.rt.Values;

/**
 * {@code runtime.maptype} (runtime/type.go) plus what the compiler's {@code MapBucketType}
 * decides for a {@code map[K]V}: slot sizes, indirect keys/elems, the bucket size and whether the
 * bucket holds pointers, and the key's hash function. Go 1.19–1.23.
 *
 * <p>Bucket layout: {@code tophash [8]uint8}, 8 keys, 8 elems, overflow pointer, so
 * {@code bucketsize = 8 + 8*keysize + 8*elemsize + 8} ({@code map[int64]int64}: 144 bytes). Keys or
 * elems over 128 bytes are stored indirectly (the slot holds an 8-byte pointer).
 */
public final class MapType {
    static final int MAX_KEY_SIZE = 128;  // maxKeySize
    static final int MAX_ELEM_SIZE = 128; // maxElemSize

    public final Type.Map type;
    public final Type key;
    public final Type elem;
    /** Size of a key/elem slot in the bucket (8 when indirect). */
    public final int keysize;
    public final int elemsize;
    public final boolean indirectkey;
    public final boolean indirectelem;
    public final int bucketsize;
    /** The bucket has no pointers: its overflow field is a uintptr and overflow buckets live in extra.overflow. */
    public final boolean bucketNoscan;
    /** {@code t.key.ptrdata != 0}, {@code t.elem.ptrdata != 0}: deleted slots are cleared. */
    public final boolean keyHasPointers;
    public final boolean elemHasPointers;
    /** k == k for every key (false for floats, interfaces, and composites holding them). */
    public final boolean reflexivekey;
    /** Overwrite the stored key on update (+0/-0, interface and string keys). */
    public final boolean needkeyupdate;
    /** Hashing may panic (the key holds an interface). */
    public final boolean hashMightPanic;
    private final KeyHasher hasher;

    public MapType(Type.Map type, int goMinor) {
        this.type = type;
        this.key = type.key();
        this.elem = type.elem();
        int ks = Values.sizeof(key);
        int es = Values.sizeof(elem);
        indirectkey = ks > MAX_KEY_SIZE;
        indirectelem = es > MAX_ELEM_SIZE;
        keysize = indirectkey ? 8 : ks;
        elemsize = indirectelem ? 8 : es;
        bucketsize = 8 + 8 * keysize + 8 * elemsize + 8;
        keyHasPointers = Layout.hasPointers(key);
        elemHasPointers = Layout.hasPointers(elem);
        bucketNoscan = !indirectkey && !indirectelem && !keyHasPointers && !elemHasPointers;
        reflexivekey = reflexive(key);
        needkeyupdate = needUpdate(key);
        hashMightPanic = TypeHash.mightPanic(key);
        hasher = new KeyHasher(key, Hasher.forVersion(goMinor));
    }

    /** {@code t.hasher(key, seed)}. */
    public long hash(Object k, long seed, FastRand rand) {
        return hasher.hash(k, seed, rand);
    }

    private static boolean reflexive(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return !b.isFloat() && !b.isComplex();
        if (u instanceof Type.Interface) return false;
        if (u instanceof Type.Array a) return reflexive(a.elem());
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                if (!reflexive(f.type())) return false;
            }
        }
        return true;
    }

    private static boolean needUpdate(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.isFloat() || b.isComplex() || b.isString();
        if (u instanceof Type.Interface) return true;
        if (u instanceof Type.Array a) return needUpdate(a.elem());
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                if (needUpdate(f.type())) return true;
            }
        }
        return false;
    }
}
