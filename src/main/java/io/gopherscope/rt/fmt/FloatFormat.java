package io.gopherscope.rt.fmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code strconv.FormatFloat} (models {@code strconv/ftoa.go}, Go 1.19–1.24): formats
 * {@code 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'} with a fixed precision or, for precision -1, the
 * shortest decimal that reads back as the same float64 (or float32 for bitSize 32).
 *
 * <p>Shortest digits come from Java's {@code Double.toString}/{@code Float.toString} (shortest
 * round-trip since JDK 19). Java keeps two digits where one would do (4.9E-324) — Go prints the
 * one-digit form (5e-324), so that case is redone here. Fixed precision rounds the exact binary
 * value half-to-even, as Go's decimal rounding does.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** A decimal {@code 0.d1d2...dn × 10^dp} with no leading or trailing zeros (zero: nd = 0). */
    record Decimal(String d, int dp) {
        int nd() {
            return d.length();
        }
    }

    /** {@code strconv.FormatFloat(v, fmt, prec, bitSize)}. */
    public static String format(double v, char fmt, int prec, int bitSize) {
        if (bitSize == 32) v = (float) v;
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+Inf" : "-Inf";
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        if (fmt == 'b' || fmt == 'x' || fmt == 'X') return binaryForms(v, fmt, prec, bitSize, neg);
        double a = Math.abs(v);
        boolean shortest = prec < 0;
        Decimal digs;
        if (shortest) {
            digs = shortest(a, bitSize);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                case 'g', 'G' -> prec = digs.nd();
                default -> {
                }
            }
        } else {
            BigDecimal exact = new BigDecimal(a);
            switch (fmt) {
                case 'e', 'E' -> digs = roundSig(exact, prec + 1);
                case 'f' -> digs = roundFixed(exact, prec);
                case 'g', 'G' -> {
                    if (prec == 0) prec = 1;
                    digs = roundSig(exact, prec);
                }
                default -> {
                    return "%" + fmt;
                }
            }
        }
        StringBuilder sb = new StringBuilder(24);
        switch (fmt) {
            case 'e', 'E' -> fmtE(sb, neg, digs, prec, fmt);
            case 'f' -> fmtF(sb, neg, digs, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) eprec = digs.nd();
                // %e is used if the exponent is < -4 or >= the precision; shortest uses 6 for this decision
                if (shortest) eprec = 6;
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) prec = digs.nd();
                    fmtE(sb, neg, digs, prec - 1, (char) (fmt + 'e' - 'g'));
                } else {
                    if (prec > digs.dp()) prec = digs.nd();
                    fmtF(sb, neg, digs, Math.max(prec - digs.dp(), 0));
                }
            }
            default -> sb.append('%').append(fmt);
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as {@code a} (a ≥ 0, finite). */
    static Decimal shortest(double a, int bitSize) {
        if (a == 0) return new Decimal("", 0);
        String js = bitSize == 32 ? Float.toString((float) a) : Double.toString(a);
        Decimal d = parseJava(js);
        if (d.nd() == 2) {
            Decimal one = oneDigit(a, bitSize);
            if (one != null) d = one;
        }
        return d;
    }

    private static Decimal parseJava(String js) {
        int e = js.indexOf('E');
        int exp = 0;
        String mant = js;
        if (e >= 0) {
            exp = Integer.parseInt(js.substring(e + 1));
            mant = js.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String all = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int dp = (dot < 0 ? mant.length() : dot) + exp;
        int lead = 0;
        while (lead < all.length() && all.charAt(lead) == '0') lead++;
        int end = all.length();
        while (end > lead && all.charAt(end - 1) == '0') end--;
        return new Decimal(all.substring(lead, end), dp - lead);
    }

    /** The closest one-digit decimal that still reads back as {@code a}, if any. */
    private static Decimal oneDigit(double a, int bitSize) {
        BigDecimal exact = new BigDecimal(a);
        BigDecimal down = exact.round(new MathContext(1, RoundingMode.DOWN));
        BigDecimal up = exact.round(new MathContext(1, RoundingMode.UP));
        boolean okDown = roundTrips(down, a, bitSize);
        boolean okUp = roundTrips(up, a, bitSize);
        BigDecimal pick;
        if (okDown && okUp) {
            int c = exact.subtract(down).compareTo(up.subtract(exact));
            pick = c < 0 ? down : c > 0 ? up : exact.round(new MathContext(1, RoundingMode.HALF_EVEN));
        } else if (okDown) {
            pick = down;
        } else if (okUp) {
            pick = up;
        } else {
            return null;
        }
        return toDecimal(pick);
    }

    private static boolean roundTrips(BigDecimal d, double a, int bitSize) {
        if (d.signum() == 0) return false;
        if (bitSize == 32) return Float.parseFloat(d.toString()) == (float) a;
        return Double.parseDouble(d.toString()) == a;
    }

    static Decimal toDecimal(BigDecimal r) {
        if (r.signum() == 0) return new Decimal("", 0);
        r = r.stripTrailingZeros();
        String ds = r.unscaledValue().abs().toString();
        return new Decimal(ds, ds.length() - r.scale());
    }

    /** Rounds to {@code n} significant digits, half to even. */
    static Decimal roundSig(BigDecimal exact, int n) {
        if (exact.signum() == 0) return new Decimal("", 0);
        return toDecimal(exact.round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** Rounds to {@code prec} digits after the decimal point, half to even. */
    static Decimal roundFixed(BigDecimal exact, int prec) {
        return toDecimal(exact.setScale(prec, RoundingMode.HALF_EVEN));
    }

    /** {@code -d.dddde±dd}. */
    static void fmtE(StringBuilder sb, boolean neg, Decimal d, int prec, char fmt) {
        if (neg) sb.append('-');
        sb.append(d.nd() == 0 ? '0' : d.d().charAt(0));
        if (prec > 0) {
            sb.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                sb.append(d.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) sb.append('0');
        }
        sb.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        if (exp < 0) {
            sb.append('-');
            exp = -exp;
        } else {
            sb.append('+');
        }
        if (exp < 10) sb.append('0');
        sb.append(exp);
    }

    /** {@code -ddddd.dddd}. */
    static void fmtF(StringBuilder sb, boolean neg, Decimal d, int prec) {
        if (neg) sb.append('-');
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            sb.append(d.d(), 0, m);
            for (; m < d.dp(); m++) sb.append('0');
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp() + i - 1;
                sb.append(j >= 0 && j < d.nd() ? d.d().charAt(j) : '0');
            }
        }
    }

    private static String binaryForms(double v, char fmt, int prec, int bitSize, boolean neg) {
        long mant;
        int exp;
        int mantbits;
        if (bitSize == 32) {
            int bits = Float.floatToRawIntBits((float) v);
            mantbits = 23;
            exp = (bits >>> 23) & 0xFF;
            mant = bits & ((1 << 23) - 1);
            if (exp == 0) exp++;
            else mant |= 1L << 23;
            exp += -127;
        } else {
            long bits = Double.doubleToRawLongBits(v);
            mantbits = 52;
            exp = (int) ((bits >>> 52) & 0x7FF);
            mant = bits & ((1L << 52) - 1);
            if (exp == 0) exp++;
            else mant |= 1L << 52;
            exp += -1023;
        }
        StringBuilder sb = new StringBuilder(32);
        if (fmt == 'b') {
            // -ddddp±ddd
            if (neg) sb.append('-');
            sb.append(mant);
            exp -= mantbits;
            sb.append('p');
            if (exp >= 0) sb.append('+');
            return sb.append(exp).toString();
        }
        return fmtX(sb, prec, fmt, neg, mant, exp, mantbits);
    }

    /** {@code %x}: {@code -0x1.yyyyp±dd} or {@code -0x0p+00}. */
    private static String fmtX(StringBuilder sb, int prec, char fmt, boolean neg, long mant, int exp, int mantbits) {
        if (mant == 0) exp = 0;
        // shift digits so the leading 1 (if any) is at bit 1<<60
        mant <<= 60 - mantbits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) mant++;
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (neg) sb.append('-');
        sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            sb.append('.');
            while (mant != 0) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        sb.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            sb.append('-');
            exp = -exp;
        } else {
            sb.append('+');
        }
        if (exp < 10) sb.append('0');
        return sb.append(exp).toString();
    }
}
