package io.gopherscope.rt.fmt;

/**
 * The functions of Go's {@code math} package whose results can differ from Java's in the last
 * bit, ported from Go's pure-Go implementations so printed digits match: {@code Pow}
 * ({@code pow.go}: integer powers by repeated squaring), {@code Sin}/{@code Cos} ({@code sin.go},
 * Cephes polynomials; arguments beyond 2^29 fall back to Java), plus Go's special-case order for
 * {@code Max}, {@code Min} and {@code Round}.
 */
public final class GoMath {
    private GoMath() {
    }

    /** {@code math.Max}: +Inf wins over NaN, then NaN, then +0 over -0. */
    public static double max(double x, double y) {
        if (Double.isInfinite(x) && x > 0 || Double.isInfinite(y) && y > 0) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return Double.doubleToRawLongBits(x) < 0 ? y : x;
        return x > y ? x : y;
    }

    /** {@code math.Min}: -Inf wins over NaN, then NaN, then -0 over +0. */
    public static double min(double x, double y) {
        if (Double.isInfinite(x) && x < 0 || Double.isInfinite(y) && y < 0) return Double.NEGATIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0 && x == y) return Double.doubleToRawLongBits(x) < 0 ? x : y;
        return x < y ? x : y;
    }

    /** {@code math.Round}: half away from zero. */
    public static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double t = trunc(x);
        if (Math.abs(x - t) >= 0.5) return t + Math.copySign(1, x);
        return t;
    }

    /** {@code math.Trunc}. */
    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** {@code math.Pow}, following Go's algorithm. */
    public static double pow(double x, double y) {
        if (y == 0 || x == 1) return 1;
        if (y == 1) return x;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (x == 0) {
            if (y < 0) {
                if (isOddInt(y)) return Math.copySign(Double.POSITIVE_INFINITY, x);
                return Double.POSITIVE_INFINITY;
            }
            if (isOddInt(y)) return x;
            return 0;
        }
        if (Double.isInfinite(y)) {
            if (x == -1) return 1;
            if ((Math.abs(x) < 1) == (y > 0)) return 0;
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            if (x < 0) return pow(1 / x, -y); // Pow(-0, -y)
            if (y < 0) return 0;
            return Double.POSITIVE_INFINITY;
        }
        if (y == 0.5) return Math.sqrt(x);
        if (y == -0.5) return 1 / Math.sqrt(x);
        double ay = Math.abs(y);
        double yi = Math.floor(ay);
        double yf = ay - yi;
        if (yf != 0 && x < 0) return Double.NaN;
        if (yi >= 0x1p63) {
            // yi is a large even int: overflow or underflow for all x except -1
            if (x == -1) return 1;
            if ((Math.abs(x) < 1) == (y > 0)) return 0;
            return Double.POSITIVE_INFINITY;
        }
        double a1 = 1.0;
        long ae = 0;
        if (yf != 0) {
            if (yf > 0.5) {
                yf--;
                yi++;
            }
            a1 = StrictMath.exp(yf * StrictMath.log(x));
        }
        // x**yi by repeated squaring, tracking the binary exponent separately
        int xe = Math.getExponent(x) + 1;
        double x1 = x / Math.scalb(1.0, xe);
        if (Math.abs(x) < Double.MIN_NORMAL) { // subnormal: frexp normalises
            double n = x * 0x1p52;
            xe = Math.getExponent(n) + 1 - 52;
            x1 = n / Math.scalb(1.0, Math.getExponent(n) + 1);
        }
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                // catastrophic overflow: let the final Ldexp produce 0 or Inf
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return ldexp(a1, ae);
    }

    private static boolean isOddInt(double x) {
        if (Math.abs(x) >= 0x1p53) return false;
        double t = trunc(x);
        return t == x && ((long) t & 1) == 1;
    }

    /** {@code math.Ldexp}: frac × 2^exp with correct rounding into the subnormal range. */
    static double ldexp(double frac, long exp) {
        if (frac == 0 || Double.isNaN(frac) || Double.isInfinite(frac)) return frac;
        return Math.scalb(frac, (int) Math.max(Math.min(exp, 5000), -5000));
    }

    // sin.go coefficients (Cephes)
    private static final double[] SIN = {
            1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
            -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
    };
    private static final double[] COS = {
            -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
            2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
    };
    private static final double PI4A = 7.85398125648498535156e-1;
    private static final double PI4B = 3.77489470793079817668e-8;
    private static final double PI4C = 2.69515142907905952645e-15;
    private static final double REDUCE_THRESHOLD = 1 << 29;

    /** {@code math.Sin}. */
    public static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.NaN;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x >= REDUCE_THRESHOLD) return sign ? -StrictMath.sin(x) : StrictMath.sin(x);
        long j = (long) (x * (4 / Math.PI));
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        j &= 7;
        double z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        if (j > 3) {
            sign = !sign;
            j -= 4;
        }
        double zz = z * z;
        if (j == 1 || j == 2) {
            y = 1.0 - 0.5 * zz + zz * zz * poly(COS, zz);
        } else {
            y = z + z * zz * poly(SIN, zz);
        }
        return sign ? -y : y;
    }

    /** {@code math.Cos}. */
    public static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.NaN;
        boolean sign = false;
        x = Math.abs(x);
        if (x >= REDUCE_THRESHOLD) return StrictMath.cos(x);
        long j = (long) (x * (4 / Math.PI));
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        j &= 7;
        double z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        if (j > 3) {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) sign = !sign;
        double zz = z * z;
        if (j == 1 || j == 2) {
            y = z + z * zz * poly(SIN, zz);
        } else {
            y = 1.0 - 0.5 * zz + zz * zz * poly(COS, zz);
        }
        return sign ? -y : y;
    }

    private static double poly(double[] c, double zz) {
        return ((((c[0] * zz + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5];
    }
}
