package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The allow-listed surface of Go's {@code math} package (Go 1.19–1.24): the common float64
 * functions ({@link GoMath} for those whose last bit Go computes differently from Java) and the
 * untyped constants ({@code Pi}, {@code MaxInt64}, ...), exact as BigDecimal/BigInteger like the
 * compiler's constant arithmetic.
 */
public final class MathPackage {
    private MathPackage() {
    }

    private static final Type F = Basic.FLOAT64;

    private static void f1(Package p, String name, DoubleUnaryOperator op) {
        p.add(name, new Member.Func(StdTypes.sig(List.of(F), List.of(F)),
                (c, a) -> op.applyAsDouble(((Number) a[0]).doubleValue())));
    }

    private static void f2(Package p, String name, DoubleBinaryOperator op) {
        p.add(name, new Member.Func(StdTypes.sig(List.of(F, F), List.of(F)),
                (c, a) -> op.applyAsDouble(((Number) a[0]).doubleValue(), ((Number) a[1]).doubleValue())));
    }

    private static void constant(Package p, String name, Type t, Object v) {
        p.add(name, new Member.Const(t, v));
    }

    public static Package build() {
        Package p = new Package("math");
        f1(p, "Sqrt", Math::sqrt);
        f1(p, "Abs", Math::abs);
        f1(p, "Floor", Math::floor);
        f1(p, "Ceil", Math::ceil);
        f1(p, "Trunc", GoMath::trunc);
        f1(p, "Round", GoMath::round);
        f1(p, "RoundToEven", Math::rint);
        f1(p, "Log", StrictMath::log);
        f1(p, "Log2", x -> {
            // exact for powers of two, as Go's Log2 (frexp + log)
            if (x > 0 && !Double.isInfinite(x) && Math.getExponent(x) >= Double.MIN_EXPONENT
                    && x == Math.scalb(1.0, Math.getExponent(x))) return Math.getExponent(x);
            return StrictMath.log(x) * (1 / Math.log(2));
        });
        f1(p, "Log10", StrictMath::log10);
        f1(p, "Log1p", StrictMath::log1p);
        f1(p, "Exp", StrictMath::exp);
        f1(p, "Exp2", x -> GoMath.pow(2, x));
        f1(p, "Expm1", StrictMath::expm1);
        f1(p, "Sin", GoMath::sin);
        f1(p, "Cos", GoMath::cos);
        f1(p, "Tan", StrictMath::tan);
        f1(p, "Asin", StrictMath::asin);
        f1(p, "Acos", StrictMath::acos);
        f1(p, "Atan", StrictMath::atan);
        f1(p, "Sinh", StrictMath::sinh);
        f1(p, "Cosh", StrictMath::cosh);
        f1(p, "Tanh", StrictMath::tanh);
        f1(p, "Cbrt", StrictMath::cbrt);
        f2(p, "Pow", GoMath::pow);
        f2(p, "Max", GoMath::max);
        f2(p, "Min", GoMath::min);
        f2(p, "Mod", (x, y) -> x % y);
        f2(p, "Remainder", Math::IEEEremainder);
        f2(p, "Hypot", StrictMath::hypot);
        f2(p, "Atan2", StrictMath::atan2);
        f2(p, "Copysign", Math::copySign);
        f2(p, "Dim", (x, y) -> {
            double v = x - y;
            return v <= 0 ? 0 : v;
        });
        p.add("Inf", new Member.Func(StdTypes.sig(List.of(Basic.INT), List.of(F)),
                (c, a) -> ((Number) a[0]).longValue() >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY));
        p.add("NaN", new Member.Func(StdTypes.sig(List.of(), List.of(F)), (c, a) -> Double.NaN));
        p.add("IsNaN", new Member.Func(StdTypes.sig(List.of(F), List.of(Basic.BOOL)), (c, a) -> Double.isNaN((Double) a[0])));
        p.add("IsInf", new Member.Func(StdTypes.sig(List.of(F, Basic.INT), List.of(Basic.BOOL)), (c, a) -> {
            double f = (Double) a[0];
            long sign = ((Number) a[1]).longValue();
            return sign >= 0 && f == Double.POSITIVE_INFINITY || sign <= 0 && f == Double.NEGATIVE_INFINITY;
        }));
        p.add("Signbit", new Member.Func(StdTypes.sig(List.of(F), List.of(Basic.BOOL)),
                (c, a) -> Double.doubleToRawLongBits((Double) a[0]) < 0));
        p.add("Modf", new Member.Func(StdTypes.sig(List.of(F), List.of(F, F)), (c, a) -> {
            double f = (Double) a[0];
            double ip = f < 1 && f > -1 ? Math.copySign(0, f) : GoMath.trunc(f);
            return new Object[]{ip, Double.isInfinite(f) ? Double.NaN : Math.copySign(f - ip, f)};
        }));
        p.add("Float64bits", new Member.Func(StdTypes.sig(List.of(F), List.of(Basic.UINT64)),
                (c, a) -> Double.doubleToRawLongBits((Double) a[0])));
        p.add("Float64frombits", new Member.Func(StdTypes.sig(List.of(Basic.UINT64), List.of(F)),
                (c, a) -> Double.longBitsToDouble(((Number) a[0]).longValue())));
        p.add("Float32bits", new Member.Func(StdTypes.sig(List.of(Basic.FLOAT32), List.of(Basic.UINT32)),
                (c, a) -> (long) Float.floatToRawIntBits((float) (double) (Double) a[0]) & 0xFFFFFFFFL));

        Type uf = Basic.UNTYPED_FLOAT;
        Type ui = Basic.UNTYPED_INT;
        // exact values, as math/const.go declares them (the compiler's constants are BigDecimal/BigInteger)
        BigDecimal ln2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009");
        BigDecimal ln10 = new BigDecimal("2.30258509299404568401799145468436420760110148862877297603332790");
        MathContext mc = new MathContext(120, RoundingMode.HALF_EVEN);
        constant(p, "E", uf, new BigDecimal("2.71828182845904523536028747135266249775724709369995957496696763"));
        constant(p, "Pi", uf, new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459"));
        constant(p, "Phi", uf, new BigDecimal("1.61803398874989484820458683436563811772030917980576286213544862"));
        constant(p, "Sqrt2", uf, new BigDecimal("1.41421356237309504880168872420969807856967187537694807317667974"));
        constant(p, "SqrtE", uf, new BigDecimal("1.64872127070012814684865078831848661418812223727366611087813617"));
        constant(p, "SqrtPi", uf, new BigDecimal("1.77245385090551602729816748334114518279754945612238712821380779"));
        constant(p, "SqrtPhi", uf, new BigDecimal("1.27201964951406896425242246173749149171560804184009624861664038"));
        constant(p, "Ln2", uf, ln2);
        constant(p, "Log2E", uf, BigDecimal.ONE.divide(ln2, mc));
        constant(p, "Ln10", uf, ln10);
        constant(p, "Log10E", uf, BigDecimal.ONE.divide(ln10, mc));
        constant(p, "MaxFloat64", uf, new BigDecimal(Double.MAX_VALUE));
        constant(p, "SmallestNonzeroFloat64", uf, new BigDecimal(Double.MIN_VALUE));
        constant(p, "MaxFloat32", uf, new BigDecimal((double) Float.MAX_VALUE));
        constant(p, "SmallestNonzeroFloat32", uf, new BigDecimal((double) Float.MIN_VALUE));
        long[][] ints = {
                {Long.MAX_VALUE, Long.MIN_VALUE}, {127, -128}, {32767, -32768}, {2147483647L, -2147483648L},
                {Long.MAX_VALUE, Long.MIN_VALUE},
        };
        String[] sizes = {"", "8", "16", "32", "64"};
        for (int k = 0; k < sizes.length; k++) {
            constant(p, "MaxInt" + sizes[k], ui, BigInteger.valueOf(ints[k][0]));
            constant(p, "MinInt" + sizes[k], ui, BigInteger.valueOf(ints[k][1]));
        }
        constant(p, "MaxUint8", ui, BigInteger.valueOf(255));
        constant(p, "MaxUint16", ui, BigInteger.valueOf(65535));
        constant(p, "MaxUint32", ui, BigInteger.valueOf(4294967295L));
        BigInteger maxU64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        constant(p, "MaxUint64", ui, maxU64);
        constant(p, "MaxUint", ui, maxU64);
        return p;
    }
}
