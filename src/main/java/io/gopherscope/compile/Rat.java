package io.gopherscope.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number: the representation of untyped float constants, so that
 * {@code 1.0/3*3 == 1} holds as it does in Go ({@code go/constant} keeps such values exact).
 */
record Rat(BigInteger num, BigInteger den) implements Comparable<Rat> {

    static Rat of(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        return new Rat(n, d);
    }

    static Rat of(Object v) {
        if (v instanceof Rat r) return r;
        if (v instanceof BigInteger i) return new Rat(i, BigInteger.ONE);
        if (v instanceof BigDecimal d) {
            if (d.scale() <= 0) return new Rat(d.toBigIntegerExact(), BigInteger.ONE);
            return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }
        if (v instanceof Double d) return of(new BigDecimal(d));
        if (v instanceof Long l) return new Rat(BigInteger.valueOf(l), BigInteger.ONE);
        throw new IllegalArgumentException("not a number: " + v);
    }

    Rat add(Rat o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rat sub(Rat o) {
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Rat mul(Rat o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    Rat div(Rat o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    Rat negate() {
        return new Rat(num.negate(), den);
    }

    int signum() {
        return num.signum();
    }

    boolean isInt() {
        return den.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Rat o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    BigDecimal toDec() {
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(60, RoundingMode.HALF_EVEN));
    }

    double toDouble() {
        if (isInt()) return new BigDecimal(num).doubleValue();
        return toDec().doubleValue();
    }
}
