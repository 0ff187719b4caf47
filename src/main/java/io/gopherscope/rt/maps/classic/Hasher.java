package io.gopherscope.rt.maps.classic;

import io.gopherscope.rt.FastRand;

/**
 * The runtime's portable (non-AES) hash functions: {@code memhash}, {@code memhash32},
 * {@code memhash64}, {@code strhash}, {@code f32hash}, {@code f64hash}, {@code c64hash},
 * {@code c128hash}. Models {@code runtime/hash64.go} and {@code runtime/alg.go}:
 * <ul>
 * <li>Go 1.19–1.22: wyhash-style with the constants {@code m1..m5} and {@code hashkey[0]};</li>
 * <li>Go 1.23+: {@code hashkey[1..3]} replace {@code m2..m4} and the {@code ^m1} terms are gone.</li>
 * </ul>
 * Real processes draw {@code hashkey} at start-up (and use AES hashing where the CPU has it); the
 * simulator fixes {@code hashkey} to odd constants so that, with {@code hash0} drawn from the seeded
 * generator, bucket choice and tophash are deterministic.
 *
 * <p>Values are hashed as their memory: {@code p} is a little-endian byte image.
 *
 * @see <a href="https://github.com/golang/go/blob/go1.19/src/runtime/hash64.go">runtime/hash64.go (1.19)</a>
 * @see <a href="https://github.com/golang/go/blob/go1.23.0/src/runtime/hash64.go">runtime/hash64.go (1.23)</a>
 */
public final class Hasher {
    static final long M1 = 0xa0761d6478bd642fL;
    static final long M2 = 0xe7037ed1a0b428dbL;
    static final long M3 = 0x8ebc6af09c88c6e3L;
    static final long M4 = 0x589965cc75374cc3L;
    static final long M5 = 0x1d8e4e27c47d124fL;
    /** {@code c0}, {@code c1} of alg.go (64-bit). */
    static final long C0 = 33054211828000289L;
    static final long C1 = 23344194077549503L;
    /** The fixed {@code hashkey[0..3]} (random odd words in a real process). */
    static final long[] HASHKEY = {0x9e3779b97f4a7c15L, 0xbf58476d1ce4e5b9L, 0x94d049bb133111ebL, 0x2545f4914f6cdd1dL};

    private final long k0; // seed mask: hashkey[0] ^ m1 (1.19) or hashkey[0] (1.23)
    private final long k1; // m2 or hashkey[1]
    private final long k2; // m3 or hashkey[2]
    private final long k3; // m4 or hashkey[3]

    private static final Hasher GO119 = new Hasher(false);
    private static final Hasher GO123 = new Hasher(true);

    private Hasher(boolean go123) {
        k0 = go123 ? HASHKEY[0] : HASHKEY[0] ^ M1;
        k1 = go123 ? HASHKEY[1] : M2;
        k2 = go123 ? HASHKEY[2] : M3;
        k3 = go123 ? HASHKEY[3] : M4;
    }

    /** The hash functions of Go 1.{@code goMinor}. */
    public static Hasher forVersion(int goMinor) {
        return goMinor >= 23 ? GO123 : GO119;
    }

    static long mix(long a, long b) {
        return FastRand.mix(a, b);
    }

    private static long r4(byte[] p, int i) {
        return (p[i] & 0xffL) | (p[i + 1] & 0xffL) << 8 | (p[i + 2] & 0xffL) << 16 | (p[i + 3] & 0xffL) << 24;
    }

    private static long r8(byte[] p, int i) {
        return r4(p, i) | r4(p, i + 4) << 32;
    }

    /** {@code memhash(p, seed, s)} over {@code p[off, off+s)}. */
    public long memhash(byte[] p, int off, int s, long seed) {
        long a;
        long b;
        seed ^= k0;
        if (s == 0) {
            return seed;
        } else if (s < 4) {
            a = (p[off] & 0xffL) | (p[off + (s >> 1)] & 0xffL) << 8 | (p[off + s - 1] & 0xffL) << 16;
            b = 0;
        } else if (s == 4) {
            a = r4(p, off);
            b = a;
        } else if (s < 8) {
            a = r4(p, off);
            b = r4(p, off + s - 4);
        } else if (s == 8) {
            a = r8(p, off);
            b = a;
        } else if (s <= 16) {
            a = r8(p, off);
            b = r8(p, off + s - 8);
        } else {
            int l = s;
            int q = off;
            if (l > 48) {
                long seed1 = seed;
                long seed2 = seed;
                for (; l > 48; l -= 48) {
                    seed = mix(r8(p, q) ^ k1, r8(p, q + 8) ^ seed);
                    seed1 = mix(r8(p, q + 16) ^ k2, r8(p, q + 24) ^ seed1);
                    seed2 = mix(r8(p, q + 32) ^ k3, r8(p, q + 40) ^ seed2);
                    q += 48;
                }
                seed ^= seed1 ^ seed2;
            }
            for (; l > 16; l -= 16) {
                seed = mix(r8(p, q) ^ k1, r8(p, q + 8) ^ seed);
                q += 16;
            }
            a = r8(p, q + l - 16);
            b = r8(p, q + l - 8);
        }
        return mix(M5 ^ s, mix(a ^ k1, b ^ seed));
    }

    /** {@code memhash64}: an 8-byte value (same result as memhash over its 8 bytes). */
    public long memhash64(long x, long seed) {
        return mix(M5 ^ 8, mix(x ^ k1, x ^ seed ^ k0));
    }

    /** {@code memhash32}: a 4-byte value (zero-extended). */
    public long memhash32(int x, long seed) {
        long a = x & 0xffffffffL;
        return mix(M5 ^ 4, mix(a ^ k1, a ^ seed ^ k0));
    }

    /** {@code strhash}: memhash over the string's bytes (a Go byte string). */
    public long strhash(String s, long seed) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return memhash(b, 0, b.length, seed);
    }

    /** {@code f64hash}: ±0 hash alike, every NaN hashes to a fresh random value. */
    public long f64hash(double f, long seed, FastRand rand) {
        if (f == 0) return C1 * (C0 ^ seed);
        if (f != f) return C1 * (C0 ^ seed ^ (rand.next32() & 0xffffffffL));
        return memhash64(Double.doubleToRawLongBits(f), seed);
    }

    /** {@code f32hash} of a float32 value (held as a double already rounded to float). */
    public long f32hash(double f, long seed, FastRand rand) {
        if (f == 0) return C1 * (C0 ^ seed);
        if (f != f) return C1 * (C0 ^ seed ^ (rand.next32() & 0xffffffffL));
        return memhash32(Float.floatToRawIntBits((float) f), seed);
    }
}
