package io.gopherscope.rt;

/**
 * The one seeded random source of a simulation: every random choice the real runtime makes
 * (map {@code hash0}, iteration start, select {@code pollorder}, scheduling) draws from here, so
 * {@code (source, version, seed, GOMAXPROCS, choices)} determines the run. The generator is the
 * wyrand step Go 1.19's {@code fastrand} uses on 64-bit machines ({@code runtime/stubs.go}).
 */
public final class FastRand {
    private long state;

    public FastRand(long seed) {
        this.state = seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL;
    }

    /** {@code fastrand()}: 32 random bits. */
    public int next32() {
        state += 0xa0761d6478bd642fL;
        return (int) mix(state, state ^ 0xe7037ed1a0b428dbL);
    }

    public long next64() {
        return ((long) next32() << 32) | (next32() & 0xffffffffL);
    }

    /** {@code fastrandn(n)}: uniform in [0, n) computed as {@code (r * n) >> 32}. */
    public int nextN(int n) {
        return (int) (((next32() & 0xffffffffL) * (n & 0xffffffffL)) >>> 32);
    }

    /** Full 128-bit product of a and b, folded: high64 XOR low64 ({@code math.Mul64} then xor). */
    public static long mix(long a, long b) {
        long hi = Math.unsignedMultiplyHigh(a, b);
        return hi ^ (a * b);
    }
}
