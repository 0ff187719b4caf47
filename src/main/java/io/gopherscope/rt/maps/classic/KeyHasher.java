package io.gopherscope.rt.maps.classic;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.FastRand;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Throw;
import io.gopherscope.rt.Values;
import io.gopherscope.rt.heap.GoArray;

import java.util.ArrayList;
import java.util.List;

/**
 * A map key type's hash function, prepared once per map: the same result as
 * {@link TypeHash#genhash} (the compiler's {@code genhash}), with the layout work (algorithm
 * kinds, field offsets, memory runs) done ahead of time.
 */
public final class KeyHasher {
    /** {@code t.hasher}: hash of v with seed h. */
    interface Fn {
        long hash(Object v, long h, FastRand r);
    }

    /** Writes a plain-memory value's bytes. */
    private interface Enc {
        void put(Object v, byte[] buf, int off);
    }

    private final Fn fn;

    public KeyHasher(Type key, Hasher H) {
        this.fn = compile(key, H);
    }

    public long hash(Object v, long seed, FastRand r) {
        return fn.hash(v, seed, r);
    }

    private static Fn compile(Type t, Hasher H) {
        Type u = t.underlying();
        switch (TypeHash.alg(t)) {
            case MEM -> {
                int size = Values.sizeof(t);
                if (size == 0) return (v, h, r) -> h; // memhash0
                if (u instanceof Basic b && b.isInteger() && size == 8) return (v, h, r) -> H.memhash64((Long) v, h);
                if (u instanceof Basic b && b.isInteger() && size == 4) return (v, h, r) -> H.memhash32((int) (long) (Long) v, h);
                Enc e = encoder(t);
                return (v, h, r) -> {
                    byte[] buf = new byte[size];
                    e.put(v, buf, 0);
                    return H.memhash(buf, 0, size, h);
                };
            }
            case STRING -> {
                return (v, h, r) -> H.strhash((String) v, h);
            }
            case FLOAT64 -> {
                return (v, h, r) -> H.f64hash((Double) v, h, r);
            }
            case FLOAT32 -> {
                return (v, h, r) -> H.f32hash((Double) v, h, r);
            }
            case INTER, NILINTER -> {
                return (v, h, r) -> TypeHash.interhash(H, (Iface) v, h, r);
            }
            case SPECIAL -> {
                if (u instanceof Type.Array a) {
                    Fn ef = compile(a.elem(), H);
                    return (v, h, r) -> {
                        for (Object x : ((GoArray) v).elems) h = ef.hash(x, h, r);
                        return h;
                    };
                }
                return structFn((Type.Struct) u, H);
            }
            case NOEQ -> throw new Throw("hashing a key of incomparable type " + t);
            default -> {
                return (v, h, r) -> TypeHash.genhash(H, t, v, h, r); // complex numbers
            }
        }
    }

    /** Runs of memory fields (split after padding, at blank or non-memory fields) get one memhash. */
    private static Fn structFn(Type.Struct s, Hasher H) {
        List<Type.Field> fs = s.fields();
        List<Fn> steps = new ArrayList<>();
        int i = 0;
        while (i < fs.size()) {
            Type.Field f = fs.get(i);
            if (f.name().equals("_")) {
                i++;
                continue;
            }
            if (TypeHash.alg(f.type()) != TypeHash.Alg.MEM) {
                int idx = i;
                Fn ff = compile(f.type(), H);
                steps.add((v, h, r) -> ff.hash(((GoStruct) v).f[idx], h, r));
                i++;
                continue;
            }
            int start = i;
            int next = i + 1;
            while (next < fs.size() && !padded(s, next - 1) && !fs.get(next).name().equals("_")
                    && TypeHash.alg(fs.get(next).type()) == TypeHash.Alg.MEM) {
                next++;
            }
            long base = Values.fieldOffset(s, start);
            int size = (int) (Values.fieldOffset(s, next - 1) + Values.sizeof(fs.get(next - 1).type()) - base);
            int n = next - start;
            int[] idx = new int[n];
            int[] offs = new int[n];
            Enc[] encs = new Enc[n];
            for (int j = 0; j < n; j++) {
                idx[j] = start + j;
                offs[j] = (int) (Values.fieldOffset(s, start + j) - base);
                encs[j] = encoder(fs.get(start + j).type());
            }
            steps.add((v, h, r) -> {
                byte[] buf = new byte[size];
                Object[] fv = ((GoStruct) v).f;
                for (int j = 0; j < n; j++) encs[j].put(fv[idx[j]], buf, offs[j]);
                return H.memhash(buf, 0, size, h);
            });
            i = next;
        }
        Fn[] st = steps.toArray(new Fn[0]);
        return (v, h, r) -> {
            for (Fn x : st) h = x.hash(v, h, r);
            return h;
        };
    }

    private static boolean padded(Type.Struct s, int i) {
        long end = Values.fieldOffset(s, i) + Values.sizeof(s.fields().get(i).type());
        long next = i + 1 < s.fields().size() ? Values.fieldOffset(s, i + 1) : Values.sizeof(s);
        return end != next;
    }

    private static Enc encoder(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Array a) {
            int es = Values.sizeof(a.elem());
            Enc ee = encoder(a.elem());
            return (v, buf, off) -> {
                Object[] e = ((GoArray) v).elems;
                for (int i = 0; i < e.length; i++) ee.put(e[i], buf, off + i * es);
            };
        }
        if (u instanceof Type.Struct s) {
            int n = s.fields().size();
            int[] offs = new int[n];
            Enc[] encs = new Enc[n];
            for (int i = 0; i < n; i++) {
                offs[i] = (int) Values.fieldOffset(s, i);
                encs[i] = encoder(s.fields().get(i).type());
            }
            return (v, buf, off) -> {
                Object[] f = ((GoStruct) v).f;
                for (int i = 0; i < n; i++) encs[i].put(f[i], buf, off + offs[i]);
            };
        }
        if (u instanceof Basic b && b.kind != Basic.Kind.UNSAFE_POINTER) {
            int size = b.size();
            return (v, buf, off) -> {
                long x = v instanceof Boolean z ? (z ? 1 : 0) : (Long) v;
                for (int i = 0; i < size; i++) buf[off + i] = (byte) (x >>> (8 * i));
            };
        }
        return (v, buf, off) -> {
            long x = TypeHash.address(v);
            for (int i = 0; i < 8; i++) buf[off + i] = (byte) (x >>> (8 * i));
        };
    }
}
