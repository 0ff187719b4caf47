package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Ctx;
import io.gopherscope.rt.Iface;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Number parsing of Go's {@code strconv} (models {@code atoi.go}, {@code atof.go}, {@code atob.go};
 * Go 1.19–1.24) with its {@code *strconv.NumError} values: {@code strconv.Atoi: parsing "x":
 * invalid syntax}. Results are {@code Object[]{value, error}}.
 */
public final class Atoi {
    private Atoi() {
    }

    /** {@code strconv.NumError}: {@code struct{ Func string; Num string; Err error }}. */
    public static final Named NUM_ERROR = new Named("strconv", "NumError",
            new Type.Struct(List.of(new Type.Field("Func", Basic.STRING, false),
                    new Type.Field("Num", Basic.STRING, false), new Type.Field("Err", StdTypes.ERROR, false))));

    /** {@code strconv.ErrSyntax} and {@code strconv.ErrRange}: package-level errors.New values. */
    public static final Iface ERR_SYNTAX = ErrorsPackage.newError(null, "invalid syntax");
    public static final Iface ERR_RANGE = ErrorsPackage.newError(null, "value out of range");

    static {
        StdTypes.method(NUM_ERROR, "Error", StdTypes.ERROR_SIG, true, (ctx, r, a) -> {
            Object[] f = StdTypes.deref(r).f;
            return "strconv." + f[0] + ": parsing " + Quote.quote((String) f[1], false) + ": "
                    + Methods.errorText(ctx, (Iface) f[2]);
        });
        StdTypes.method(NUM_ERROR, "Unwrap", StdTypes.sig(List.of(), List.of(StdTypes.ERROR)), true,
                (ctx, r, a) -> StdTypes.deref(r).f[2]);
    }

    static Iface numError(Ctx ctx, String fn, String num, Iface err) {
        return new Iface(new Type.Pointer(NUM_ERROR), StdTypes.newObject(ctx, NUM_ERROR, fn, num, err));
    }

    /** Thrown internally to carry a NumError's parts. */
    private static final class Fail extends Exception {
        final Iface err;
        final long value;

        Fail(Iface err, long value) {
            super(null, null, false, false);
            this.err = err;
            this.value = value;
        }
    }

    /** {@code strconv.Atoi}. */
    public static Object[] atoi(Ctx ctx, String s) {
        int n = s.length();
        if (0 < n && n < 19) {
            String s0 = s;
            int i = 0;
            if (s.charAt(0) == '-' || s.charAt(0) == '+') {
                i = 1;
                if (n < 2) return new Object[]{0L, numError(ctx, "Atoi", s0, ERR_SYNTAX)};
            }
            long v = 0;
            for (; i < n; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) return new Object[]{0L, numError(ctx, "Atoi", s0, ERR_SYNTAX)};
                v = v * 10 + d;
            }
            return new Object[]{s0.charAt(0) == '-' ? -v : v, null};
        }
        return parseInt(ctx, s, 10, 0, "Atoi");
    }

    /** {@code strconv.ParseInt}; {@code fn} names the function in errors. */
    public static Object[] parseInt(Ctx ctx, String s, long base, long bitSize, String fn) {
        if (s.isEmpty()) return new Object[]{0L, numError(ctx, fn, s, ERR_SYNTAX)};
        String s0 = s;
        boolean neg = false;
        if (s.charAt(0) == '+') {
            s = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            s = s.substring(1);
        }
        long un;
        try {
            un = parseUintRaw(s, base, bitSize);
        } catch (Fail f) {
            if (f.err != ERR_RANGE) return new Object[]{0L, numError(ctx, fn, s0, f.err)};
            un = f.value;
        }
        if (bitSize == 0) bitSize = 64;
        long cutoff = 1L << (bitSize - 1);
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) return new Object[]{cutoff - 1, numError(ctx, fn, s0, ERR_RANGE)};
        if (neg && Long.compareUnsigned(un, cutoff) > 0) return new Object[]{-cutoff, numError(ctx, fn, s0, ERR_RANGE)};
        return new Object[]{neg ? -un : un, null};
    }

    /** {@code strconv.ParseUint}. */
    public static Object[] parseUint(Ctx ctx, String s, long base, long bitSize) {
        try {
            return new Object[]{parseUintRaw(s, base, bitSize), null};
        } catch (Fail f) {
            return new Object[]{f.value, numError(ctx, "ParseUint", s, f.err)};
        }
    }

    private static long parseUintRaw(String s, long base, long bitSize) throws Fail {
        if (s.isEmpty()) throw new Fail(ERR_SYNTAX, 0);
        boolean base0 = base == 0;
        String s0 = s;
        if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                char c1 = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                if (c1 == 'b') {
                    base = 2;
                    s = s.substring(2);
                } else if (c1 == 'o') {
                    base = 8;
                    s = s.substring(2);
                } else if (c1 == 'x') {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                }
            }
        } else if (base < 2 || base > 36) {
            throw new Fail(ErrorsPackage.newError(null, "invalid base " + base), 0);
        }
        if (bitSize == 0) bitSize = 64;
        else if (bitSize < 0 || bitSize > 64) throw new Fail(ErrorsPackage.newError(null, "invalid bit size " + bitSize), 0);
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            char lc = Character.toLowerCase(c);
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if ('0' <= c && c <= '9') {
                d = c - '0';
            } else if ('a' <= lc && lc <= 'z' && c < 0x80) {
                d = lc - 'a' + 10;
            } else {
                throw new Fail(ERR_SYNTAX, 0);
            }
            if (d >= base) throw new Fail(ERR_SYNTAX, 0);
            if (Long.compareUnsigned(n, cutoff) >= 0) throw new Fail(ERR_RANGE, maxVal);
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) throw new Fail(ERR_RANGE, maxVal);
            n = n1;
        }
        if (underscores && !underscoreOK(s0)) throw new Fail(ERR_SYNTAX, 0);
        return n;
    }

    /** Whether underscores in s sit only between digits (Go literal syntax). */
    static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) s = s.substring(1);
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char c1 = Character.toLowerCase(s.charAt(1));
            if (c1 == 'b' || c1 == 'o' || c1 == 'x') {
                i = 2;
                saw = '0';
                hex = c1 == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char lc = Character.toLowerCase(c);
            if (('0' <= c && c <= '9') || (hex && 'a' <= lc && lc <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') return false;
                saw = '_';
                continue;
            }
            if (saw == '_') return false;
            saw = '!';
        }
        return saw != '_';
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?=\\.?[0-9])[0-9_]*(\\.[0-9_]*)?([eE][+-]?[0-9_]+)?");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX](?=\\.?[0-9a-fA-F])[0-9a-fA-F_]*(\\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]+");

    /** {@code strconv.ParseFloat}. */
    public static Object[] parseFloat(Ctx ctx, String s, long bitSize) {
        Double special = special(s);
        if (special != null) return new Object[]{special, null};
        boolean ok = (DECIMAL.matcher(s).matches() || HEX.matcher(s).matches())
                && (s.indexOf('_') < 0 || underscoreOK(s));
        if (!ok) return new Object[]{0.0, numError(ctx, "ParseFloat", s, ERR_SYNTAX)};
        String t = s.replace("_", "");
        double v = bitSize == 32 ? (double) Float.parseFloat(t) : Double.parseDouble(t);
        if (Double.isInfinite(v)) return new Object[]{v, numError(ctx, "ParseFloat", s, ERR_RANGE)};
        return new Object[]{v, null};
    }

    /** "inf", "infinity" (any case, optional sign) and "nan", or null. */
    private static Double special(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        int sign = 1;
        String body = l;
        if (!l.isEmpty() && (l.charAt(0) == '+' || l.charAt(0) == '-')) {
            sign = l.charAt(0) == '-' ? -1 : 1;
            body = l.substring(1);
            if (body.equals("nan")) return null;
        }
        if (body.equals("inf") || body.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        return null;
    }

    /** {@code strconv.ParseBool}. */
    public static Object[] parseBool(Ctx ctx, String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> new Object[]{true, null};
            case "0", "f", "F", "FALSE", "false", "False" -> new Object[]{false, null};
            default -> new Object[]{false, numError(ctx, "ParseBool", s, ERR_SYNTAX)};
        };
    }
}
