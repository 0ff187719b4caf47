package io.gopherscope.compile;

import io.gopherscope.lang.token.TokenKind;
import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact constant arithmetic, as the spec requires for constant expressions ({@code go/constant}).
 * Integers are {@link BigInteger}, floats {@link BigDecimal} (with a generous precision for
 * quotients), strings Go byte strings, booleans {@link Boolean}.
 */
final class Consts {
    private Consts() {
    }

    static final MathContext MC = new MathContext(120, RoundingMode.HALF_EVEN);

    static boolean isInt(Object v) {
        return v instanceof BigInteger;
    }

    static BigDecimal toDec(Object v) {
        if (v instanceof BigInteger b) return new BigDecimal(b);
        if (v instanceof Rat r) return r.toDec();
        return (BigDecimal) v;
    }

    static double toDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Rat r) return r.toDouble();
        if (v instanceof BigInteger b) return new BigDecimal(b).doubleValue();
        return ((BigDecimal) v).doubleValue();
    }

    static boolean isNumber(Object v) {
        return v instanceof BigInteger || v instanceof BigDecimal || v instanceof Rat || v instanceof Double || v instanceof Long;
    }

    /** Converts an exact value to an integer if it has no fractional part, else null. */
    static BigInteger toIntExact(Object v) {
        if (v instanceof BigInteger b) return b;
        if (v instanceof BigDecimal d) {
            try {
                return d.stripTrailingZeros().toBigIntegerExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (v instanceof Rat r) return r.isInt() ? r.num() : null;
        return null;
    }

    static int compare(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) return x.compareTo(y);
        if (a instanceof String x && b instanceof String y) return x.compareTo(y);
        return Rat.of(a).compareTo(Rat.of(b));
    }

    /** Binary arithmetic; {@code intDiv} selects truncated integer division. Null result = division by zero. */
    static Object arith(TokenKind op, Object a, Object b, boolean integer) {
        if (a instanceof String x && b instanceof String y && op == TokenKind.ADD) return x + y;
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return switch (op) {
                case LAND -> x && y;
                case LOR -> x || y;
                default -> null;
            };
        }
        if (integer) {
            BigInteger x = toIntExact(a), y = toIntExact(b);
            return switch (op) {
                case ADD -> x.add(y);
                case SUB -> x.subtract(y);
                case MUL -> x.multiply(y);
                case QUO -> y.signum() == 0 ? null : x.divide(y);
                case REM -> y.signum() == 0 ? null : x.remainder(y);
                case AND -> x.and(y);
                case OR -> x.or(y);
                case XOR -> x.xor(y);
                case AND_NOT -> x.andNot(y);
                default -> null;
            };
        }
        Rat x = Rat.of(a), y = Rat.of(b);
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.sub(y);
            case MUL -> x.mul(y);
            case QUO -> y.signum() == 0 ? null : x.div(y);
            default -> null;
        };
    }

    static boolean compareOp(TokenKind op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return op == TokenKind.EQL ? x.equals(y) : !x.equals(y);
        }
        int c = compare(a, b);
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> false;
        };
    }

    static BigInteger min(Basic b) {
        if (b.isUnsigned()) return BigInteger.ZERO;
        return BigInteger.ONE.shiftLeft(b.bits() - 1).negate();
    }

    static BigInteger max(Basic b) {
        if (b.isUnsigned()) return BigInteger.ONE.shiftLeft(b.bits()).subtract(BigInteger.ONE);
        return BigInteger.ONE.shiftLeft(b.bits() - 1).subtract(BigInteger.ONE);
    }

    /** Whether exact value v can be represented by basic type b (after rounding, for floats). */
    static boolean representable(Object v, Basic b) {
        if (b.isUntyped()) return true;
        if (b.isInteger()) {
            BigInteger i = toIntExact(v);
            return i != null && i.compareTo(min(b)) >= 0 && i.compareTo(max(b)) <= 0;
        }
        if (b.isFloat()) {
            if (!isNumber(v)) return false;
            double d = toDouble(v);
            if (b.kind == Basic.Kind.FLOAT32) return !Float.isInfinite((float) d);
            return !Double.isInfinite(d);
        }
        if (b.isString()) return v instanceof String;
        if (b.isBoolean()) return v instanceof Boolean;
        if (b.isComplex()) return isNumber(v);
        return false;
    }

    /** The run-time value of constant v as type t (Long, Double, String or Boolean). */
    static Object toRuntime(Object v, Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isInteger() || b.kind == Basic.Kind.UNTYPED_INT || b.kind == Basic.Kind.UNTYPED_RUNE) {
                BigInteger i = toIntExact(v);
                if (i == null) i = toDec(v).toBigInteger();
                return i.longValue();
            }
            if (b.isFloat()) {
                double d = toDouble(v);
                if (b.kind == Basic.Kind.FLOAT32) d = (float) d;
                return d;
            }
            if (b.isComplex()) return toDouble(v);
        }
        if (v instanceof BigInteger i) return i.longValue();
        if (v instanceof BigDecimal || v instanceof Rat) return toDouble(v);
        return v;
    }

    /** Constant text as gc prints it in messages ({@code 300}, {@code 1.5}, {@code "x"}). */
    static String show(Object v) {
        if (v instanceof String s) return "\"" + io.gopherscope.rt.Values.javaString(s) + "\"";
        if (v instanceof Rat r) v = r.toDec();
        if (v instanceof BigDecimal d) {
            // a float constant prints as go/constant prints floats, even when integral: 1e+06, 2
            return formatG6(d);
        }
        return String.valueOf(v);
    }

    /**
     * go/constant's float String(): {@code %.6g} of the value (strconv's 'g' with precision 6:
     * trailing zeros dropped, exponent form when the exponent is below -4 or at least the
     * precision, two-digit exponents), or {@code %g} when %.6g would hide that it is not an integer.
     */
    static String formatG6(BigDecimal d) {
        if (d.signum() == 0) return "0";
        BigDecimal r = d.round(new MathContext(6)).stripTrailingZeros();
        String digits = r.unscaledValue().abs().toString();
        int nd = digits.length();
        int dp = nd - r.scale(); // decimal point position relative to the digits
        String s = gFormat(d.signum() < 0, digits, nd, dp, 6);
        if (s.indexOf('.') < 0 && d.stripTrailingZeros().scale() > 0) {
            // not an integer: use the shortest representation instead
            BigDecimal full = new BigDecimal(Double.toString(d.doubleValue())).stripTrailingZeros();
            String fd = full.unscaledValue().abs().toString();
            s = gFormat(d.signum() < 0, fd, fd.length(), fd.length() - full.scale(), -1);
        }
        return s;
    }

    private static String gFormat(boolean neg, String digits, int nd, int dp, int prec) {
        int eprec = prec;
        boolean shortest = prec < 0;
        if (shortest) prec = nd;
        if (eprec > nd && nd >= dp) eprec = nd;
        if (shortest) eprec = 6;
        int exp = dp - 1;
        StringBuilder sb = new StringBuilder(neg ? "-" : "");
        if (exp < -4 || exp >= eprec) {
            sb.append(digits.charAt(0));
            if (nd > 1) sb.append('.').append(digits, 1, nd);
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            return sb.append(ae).toString();
        }
        if (dp <= 0) {
            sb.append("0.");
            for (int i = dp; i < 0; i++) sb.append('0');
            return sb.append(digits).toString();
        }
        if (dp >= nd) {
            sb.append(digits);
            for (int i = nd; i < dp; i++) sb.append('0');
            return sb.toString();
        }
        return sb.append(digits, 0, dp).append('.').append(digits, dp, nd).toString();
    }
}
