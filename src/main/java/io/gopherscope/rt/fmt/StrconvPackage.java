package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.slices.Slice;
import io.gopherscope.rt.slices.SliceOps;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code strconv} package (Go 1.19–1.24): integer and float
 * parsing ({@link Atoi}) and formatting ({@link FloatFormat}), quoting ({@link Quote}), bools.
 */
public final class StrconvPackage {
    private StrconvPackage() {
    }

    private static final Type S = Basic.STRING;
    private static final Type I = Basic.INT;
    private static final Type B = Basic.BOOL;
    private static final Type E = StdTypes.ERROR;

    private static void fn(Package p, String name, List<Type> params, List<Type> results, NativeFunc f) {
        p.add(name, new Member.Func(StdTypes.sig(params, results), f));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    public static Package build() {
        Package p = new Package("strconv");
        fn(p, "Itoa", List.of(I), List.of(S), (c, a) -> Long.toString(num(a[0])));
        fn(p, "Atoi", List.of(S), List.of(I, E), (c, a) -> Atoi.atoi(c, (String) a[0]));
        fn(p, "ParseInt", List.of(S, I, I), List.of(Basic.INT64, E),
                (c, a) -> Atoi.parseInt(c, (String) a[0], num(a[1]), num(a[2]), "ParseInt"));
        fn(p, "ParseUint", List.of(S, I, I), List.of(Basic.UINT64, E),
                (c, a) -> Atoi.parseUint(c, (String) a[0], num(a[1]), num(a[2])));
        fn(p, "ParseFloat", List.of(S, I), List.of(Basic.FLOAT64, E), (c, a) -> Atoi.parseFloat(c, (String) a[0], num(a[1])));
        fn(p, "ParseBool", List.of(S), List.of(B, E), (c, a) -> Atoi.parseBool(c, (String) a[0]));
        fn(p, "FormatBool", List.of(B), List.of(S), (c, a) -> ((Boolean) a[0]) ? "true" : "false");
        fn(p, "FormatInt", List.of(Basic.INT64, I), List.of(S), (c, a) -> Long.toString(num(a[0]), base(num(a[1]))));
        fn(p, "FormatUint", List.of(Basic.UINT64, I), List.of(S),
                (c, a) -> Long.toUnsignedString(num(a[0]), base(num(a[1]))));
        fn(p, "FormatFloat", List.of(Basic.FLOAT64, Basic.UINT8, I, I), List.of(S),
                (c, a) -> FloatFormat.format(((Number) a[0]).doubleValue(), (char) num(a[1]), (int) num(a[2]), (int) num(a[3])));
        fn(p, "Quote", List.of(S), List.of(S), (c, a) -> Quote.quote((String) a[0], false));
        fn(p, "QuoteToASCII", List.of(S), List.of(S), (c, a) -> Quote.quote((String) a[0], true));
        fn(p, "QuoteToGraphic", List.of(S), List.of(S), (c, a) -> Quote.quoteToGraphic((String) a[0]));
        fn(p, "QuoteRune", List.of(Basic.INT32), List.of(S), (c, a) -> Quote.quoteRune(num(a[0]), false));
        fn(p, "QuoteRuneToASCII", List.of(Basic.INT32), List.of(S), (c, a) -> Quote.quoteRune(num(a[0]), true));
        fn(p, "CanBackquote", List.of(S), List.of(B), (c, a) -> Quote.canBackquote((String) a[0]));
        fn(p, "IsPrint", List.of(Basic.INT32), List.of(B), (c, a) -> Quote.isPrint((int) num(a[0])));
        fn(p, "IsGraphic", List.of(Basic.INT32), List.of(B), (c, a) -> Quote.isGraphic((int) num(a[0])));
        fn(p, "Unquote", List.of(S), List.of(S, E), (c, a) -> {
            String r = Quote.unquote((String) a[0]);
            return r == null ? new Object[]{"", Atoi.ERR_SYNTAX} : new Object[]{r, null};
        });
        Type bs = StdTypes.BYTE_SLICE;
        fn(p, "AppendInt", List.of(bs, Basic.INT64, I), List.of(bs), (c, a) ->
                SliceOps.appendString(c, (Slice) a[0], Basic.UINT8, Long.toString(num(a[1]), base(num(a[2])))));
        fn(p, "AppendQuote", List.of(bs, S), List.of(bs), (c, a) ->
                SliceOps.appendString(c, (Slice) a[0], Basic.UINT8, Quote.quote((String) a[1], false)));
        p.add("NumError", new Member.TypeName(Atoi.NUM_ERROR));
        p.add("ErrSyntax", new Member.Var(E, new Cell(Atoi.ERR_SYNTAX)));
        p.add("ErrRange", new Member.Var(E, new Cell(Atoi.ERR_RANGE)));
        p.add("IntSize", new Member.Const(Basic.UNTYPED_INT, StdTypes.intConst(64L)));
        return p;
    }

    private static int base(long b) {
        if (b < 2 || b > 36) throw StdTypes.panicString("strconv: illegal AppendInt/FormatInt base");
        return (int) b;
    }
}
