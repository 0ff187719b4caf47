package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Addressed;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;

import java.util.List;

/**
 * Hashing a Go value by its type, as the two hash paths of the real toolchain do:
 * <ul>
 * <li>{@link #genhash}: the hash function the compiler generates for a map's key type
 *     ({@code cmd/compile/internal/reflectdata/alg.go}: {@code genhash}, {@code memrun}): plain-memory
 *     types are one {@code memhash} over their bytes; structs hash runs of memory fields with one
 *     {@code memhash} each and other fields with their own hash; arrays hash element by element;</li>
 * <li>{@link #typehash}: the runtime's generic {@code typehash} ({@code runtime/alg.go}), used for
 *     the dynamic value inside an interface key: field by field, element by element.</li>
 * </ul>
 * Interfaces ({@code interhash}/{@code nilinterhash}) hash only the dynamic value, with seed
 * {@code h^c0}, times {@code c1}; a nil interface leaves the seed unchanged; an incomparable dynamic
 * type panics {@code runtime error: hash of unhashable type T}. Blank ({@code _}) fields are skipped.
 * Each result feeds the next as its seed. Go 1.19–1.24.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/alg.go">runtime/alg.go</a>
 */
public final class TypeHash {
    private TypeHash() {
    }

    /** {@code types.AlgKind}: how values of a type are hashed and compared. */
    enum Alg { NOEQ, MEM, STRING, FLOAT32, FLOAT64, CPLX64, CPLX128, INTER, NILINTER, SPECIAL }

    /** {@code types.AlgType}. */
    static Alg alg(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case FLOAT32 -> Alg.FLOAT32;
                case FLOAT64, UNTYPED_FLOAT -> Alg.FLOAT64;
                case COMPLEX64 -> Alg.CPLX64;
                case COMPLEX128 -> Alg.CPLX128;
                case STRING, UNTYPED_STRING -> Alg.STRING;
                default -> Alg.MEM;
            };
        }
        if (u instanceof Type.Pointer || u instanceof Type.Chan) return Alg.MEM;
        if (u instanceof Type.Interface i) return i.methods().isEmpty() ? Alg.NILINTER : Alg.INTER;
        if (u instanceof Type.Array a) {
            if (a.len() == 0) return Alg.MEM;
            Alg e = alg(a.elem());
            if (e == Alg.MEM || e == Alg.NOEQ) return e;
            return a.len() == 1 ? e : Alg.SPECIAL;
        }
        if (u instanceof Type.Struct s) {
            List<Type.Field> fs = s.fields();
            if (fs.size() == 1 && !blank(fs.get(0))) return alg(fs.get(0).type());
            Alg ret = Alg.MEM;
            for (int i = 0; i < fs.size(); i++) {
                Alg a = alg(fs.get(i).type());
                if (a == Alg.NOEQ) return Alg.NOEQ;
                if (a != Alg.MEM || blank(fs.get(i)) || paddedField(s, i)) ret = Alg.SPECIAL;
            }
            return ret;
        }
        return Alg.NOEQ; // slices, maps, funcs
    }

    private static boolean blank(Type.Field f) {
        return f.name().equals("_");
    }

    /** {@code types.IsPaddedField}: field i is followed by padding. */
    private static boolean paddedField(Type.Struct s, int i) {
        long end = Values.fieldOffset(s, i) + Values.sizeof(s.fields().get(i).type());
        long next = i + 1 < s.fields().size() ? Values.fieldOffset(s, i + 1) : Values.sizeof(s);
        return end != next;
    }

    /** The compiler-generated key hash ({@code t.hasher}) of {@code v} of type {@code t}. */
    static long genhash(Hasher H, Type t, Object v, long h, FastRand rand) {
        Type u = t.underlying();
        switch (alg(t)) {
            case MEM -> {
                int size = Values.sizeof(t);
                if (size == 0) return h; // memhash0
                if (size == 8 && u instanceof Basic b && b.isInteger()) return H.memhash64((Long) v, h);
                return H.memhash(image(t, v, size), 0, size, h);
            }
            case SPECIAL -> {
                if (u instanceof Type.Array a) {
                    Object[] e = ((GoArray) v).elems;
                    for (Object x : e) h = genhash(H, a.elem(), x, h, rand);
                    return h;
                }
                return structhash(H, (Type.Struct) u, (GoStruct) v, h, rand);
            }
            case NOEQ -> throw new Throw("hashing a key of incomparable type " + t);
            default -> {
                return scalarhash(H, t, u, v, h, rand);
            }
        }
    }

    /** genhash of a struct: runs of memory fields (stopping after padding) get one memhash each. */
    private static long structhash(Hasher H, Type.Struct s, GoStruct v, long h, FastRand rand) {
        List<Type.Field> fs = s.fields();
        int i = 0;
        while (i < fs.size()) {
            Type.Field f = fs.get(i);
            if (blank(f)) {
                i++;
                continue;
            }
            if (alg(f.type()) != Alg.MEM) {
                h = genhash(H, f.type(), v.f[i], h, rand);
                i++;
                continue;
            }
            int start = i;
            int next = i + 1;
            while (next < fs.size() && !paddedField(s, next - 1) && !blank(fs.get(next))
                    && alg(fs.get(next).type()) == Alg.MEM) {
                next++;
            }
            long base = Values.fieldOffset(s, start);
            int size = (int) (Values.fieldOffset(s, next - 1) + Values.sizeof(fs.get(next - 1).type()) - base);
            byte[] buf = new byte[size];
            for (int j = start; j < next; j++) {
                encode(fs.get(j).type(), v.f[j], buf, (int) (Values.fieldOffset(s, j) - base));
            }
            h = H.memhash(buf, 0, size, h);
            i = next;
        }
        return h;
    }

    /** The runtime's {@code typehash}: hashes the value inside an interface. */
    static long typehash(Hasher H, Type t, Object v, long h, FastRand rand) {
        Type u = t.underlying();
        Alg a = alg(t);
        if (a == Alg.MEM) {
            int size = Values.sizeof(t);
            if (size == 4) return H.memhash32((int) (r8(image(t, v, 4))), h);
            if (size == 8) return H.memhash64(r8(image(t, v, 8)), h);
            return H.memhash(image(t, v, size), 0, size, h);
        }
        if (u instanceof Type.Array arr) {
            for (Object x : ((GoArray) v).elems) h = typehash(H, arr.elem(), x, h, rand);
            return h;
        }
        if (u instanceof Type.Struct s) {
            for (int i = 0; i < s.fields().size(); i++) {
                if (!blank(s.fields().get(i))) h = typehash(H, s.fields().get(i).type(), ((GoStruct) v).f[i], h, rand);
            }
            return h;
        }
        if (a == Alg.NOEQ) throw GoPanic.runtimeError("hash of unhashable type " + t);
        return scalarhash(H, t, u, v, h, rand);
    }

    private static long scalarhash(Hasher H, Type t, Type u, Object v, long h, FastRand rand) {
        Basic.Kind k = u instanceof Basic b ? b.kind : null;
        if (k == Basic.Kind.FLOAT32) return H.f32hash((Double) v, h, rand);
        if (k == Basic.Kind.COMPLEX64 || k == Basic.Kind.COMPLEX128) {
            double[] c = complexParts(v);
            if (k == Basic.Kind.COMPLEX64) return H.f32hash(c[1], H.f32hash(c[0], h, rand), rand);
            return H.f64hash(c[1], H.f64hash(c[0], h, rand), rand);
        }
        if (k != null && (k == Basic.Kind.FLOAT64 || k == Basic.Kind.UNTYPED_FLOAT)) return H.f64hash((Double) v, h, rand);
        if (k != null) return H.strhash((String) v, h);
        return interhash(H, (Iface) v, h, rand);
    }

    /** {@code interhash}/{@code nilinterhash}: the dynamic value's hash with seed h^c0, times c1. */
    static long interhash(Hasher H, Iface v, long h, FastRand rand) {
        if (v == null) return h;
        Type t = v.type();
        if (!Values.comparable(t)) {
            throw GoPanic.runtimeError("hash of unhashable type " + t);
        }
        return Hasher.C1 * typehash(H, t, v.value(), h ^ Hasher.C0, rand);
    }

    /** Whether hashing a key of type t may panic ({@code hashMightPanic}: it contains an interface). */
    public static boolean mightPanic(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Interface) return true;
        if (u instanceof Type.Array a) return mightPanic(a.elem());
        if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                if (mightPanic(f.type())) return true;
            }
        }
        return false;
    }

    /** Complex numbers have no agreed representation yet: accept {@code double[]{re, im}}. */
    private static double[] complexParts(Object v) {
        if (v instanceof double[] d && d.length == 2) return d;
        if (v instanceof Double d) return new double[]{d, 0};
        return new double[]{0, 0};
    }

    private static long r8(byte[] b) {
        long x = 0;
        for (int i = b.length - 1; i >= 0; i--) x = x << 8 | (b[i] & 0xff);
        return x;
    }

    /** The little-endian memory image of a plain-memory value. */
    static byte[] image(Type t, Object v, int size) {
        byte[] buf = new byte[size];
        encode(t, v, buf, 0);
        return buf;
    }

    /** Writes the memory of plain-memory value {@code v} of type {@code t} at {@code buf[off]}. */
    static void encode(Type t, Object v, byte[] buf, int off) {
        Type u = t.underlying();
        if (u instanceof Type.Array a) {
            int es = Values.sizeof(a.elem());
            Object[] e = ((GoArray) v).elems;
            for (int i = 0; i < e.length; i++) encode(a.elem(), e[i], buf, off + i * es);
            return;
        }
        if (u instanceof Type.Struct s) {
            for (int i = 0; i < s.fields().size(); i++) {
                encode(s.fields().get(i).type(), ((GoStruct) v).f[i], buf, off + (int) Values.fieldOffset(s, i));
            }
            return;
        }
        long x;
        int size;
        if (u instanceof Basic b && b.kind != Basic.Kind.UNSAFE_POINTER) {
            x = v instanceof Boolean z ? (z ? 1 : 0) : (Long) v;
            size = b.size();
        } else {
            x = address(v);
            size = 8;
        }
        for (int i = 0; i < size; i++) buf[off + i] = (byte) (x >>> (8 * i));
    }

    /** The address a pointer-shaped value (pointer, channel, unsafe.Pointer) holds; 0 for nil. */
    static long address(Object v) {
        if (v == null) return 0;
        if (v instanceof Pointer p) return p.addr();
        if (v instanceof Addressed a) return a.addr();
        if (v instanceof Long l) return l;
        return System.identityHashCode(v);
    }
}
