package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Iface;
import org.junit.jupiter.api.Test;

import static io.gopherscope.rt.fmt.G.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** conformance/45_printf_bad_verbs and RUNTIME-FACTS §6.6. */
class PrinterBadVerbsTest {
    final FmtTestCtx ctx = new FmtTestCtx();
    final Named t = named("T", struct("A", INT));

    String pf(String format, Object... a) {
        return sprintf(ctx, format, a);
    }

    @Test
    void wrongTypes() {
        assertEquals("%!d(string=hi)\n", pf("%d\n", s("hi")));
        assertEquals("%!s(int=42)\n", pf("%s\n", i(42)));
        assertEquals("%!t(int=1)", pf("%t", i(1)));
        assertEquals("%!x(bool=true)", pf("%x", b(true)));
        assertEquals("{5}", pf("%d", v(t, st(5L))));
        assertEquals("{%!s(int=5)}", pf("%s", v(t, st(5L))));
        assertEquals("[%!d(string=a)]", pf("%d", v(new Type.Slice(STR), slice(ctx, STR, "a"))));
        assertEquals("[%!s(int=1) %!s(int=2)]", pf("%s", v(new Type.Slice(INT), slice(ctx, INT, 1L, 2L))));
        assertEquals("%!c(string=str)", pf("%c", s("str")));
        assertEquals("%!f(int=3)", pf("%f", i(3)));
        assertEquals("%!d(float64=3)", pf("%d", f(3.0)));
        assertEquals("%!q(float64=3.5)", pf("%q", f(3.5)));
        assertEquals("%!z(int=5)\n", pf("%z\n", i(5)));
        assertEquals("%!!(int=5)\n", pf("%!\n", i(5)));
    }

    @Test
    void missingAndExtra() {
        assertEquals("1 %!d(MISSING)\n", pf("%d %d\n", i(1)));
        assertEquals("1\n%!(EXTRA int=2)", pf("%d\n", i(1), i(2)));
        assertEquals("1\n%!(EXTRA string=x, float64=3.5)", pf("%d\n", i(1), s("x"), f(3.5)));
        assertEquals("no verbs\n%!(EXTRA string=extra)", pf("no verbs\n", s("extra")));
        assertEquals("trailing %!(NOVERB)", pf("trailing %"));
        assertEquals("100%!\n(MISSING)", pf("100%\n"));
        assertEquals("%!(EXTRA <nil>)", pf("", (Object) null));
    }

    @Test
    void nils() {
        assertEquals("%!d(<nil>)", pf("%d", (Object) null));
        assertEquals("%!s(<nil>)", pf("%s", (Object) null));
        assertEquals("<nil>", pf("%v", (Object) null));
        assertEquals("%!p(<nil>)", pf("%p", (Object) null));
        Object errs = slice(ctx, StdTypes.ERROR, (Object) null);
        assertEquals("%!s(<nil>) [<nil>]", pf("%s %s", null, v(StdTypes.ERROR_SLICE, errs)));
        Object anys = slice(ctx, StdTypes.ANY, null, i(1), s("a"));
        assertEquals("[<nil> 1 a]", pf("%v", v(StdTypes.ANY_SLICE, anys)));
    }

    @Test
    void badIndexWidthPrecision() {
        assertEquals("%!d(BADINDEX)", pf("%[3]d", i(1), i(2)));
        assertEquals("%!d(BADINDEX)", pf("%[0]d", i(1)));
        assertEquals("%!d(BADINDEX)", pf("%[x]d", i(1)));
        assertEquals("%!(BADWIDTH)5", pf("%*d", s("w"), i(5)));
        assertEquals("%!(BADPREC)5", pf("%.*d", s("p"), i(5)));
        assertEquals("%|%", pf("%-%|%5%"));
        assertEquals("  -42|x", pf("%*d|%s", i(5), i(-42), s("x")));
        assertEquals("42   |", pf("%*d|", i(-5), i(42)));
    }

    @Test
    void errorfAndSprintf() {
        String s = Printer.sprintf(ctx, "%d items", args(ctx, s("three")));
        assertEquals("%!d(string=three) items", s);
        assertEquals(23, s.length());
        Iface e = FmtPackage.errorf(ctx, "wrapped %d", args(ctx, s("bad")));
        assertEquals("wrapped %!d(string=bad)", Methods.errorText(ctx, e));
        // %w outside Errorf
        Iface boom = ErrorsPackage.newError(ctx, "boom");
        assertEquals("%!w(*errors.errorString=&{boom})", pf("%w", boom));
    }
}
