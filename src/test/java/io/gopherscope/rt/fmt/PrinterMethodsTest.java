package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Cell;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.GoStruct;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.Pointer;
import org.junit.jupiter.api.Test;


import static io.gopherscope.rt.fmt.G.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** conformance/46_stringer_error and 42_panic_custom_error. */
class PrinterMethodsTest {
    final FmtTestCtx ctx = new FmtTestCtx();
    final Named temp = named("Temp", F64);
    final Named card = named("Card", struct("Rank", INT, "Suit", STR));
    final Named ptrOnly = named("PtrOnly", struct("N", INT));
    final Named both = named("Both", struct());
    final Named notFound = named("NotFound", struct("Name", STR));
    final Named hand = named("Hand", new Type.Slice(card));
    final Named inner = named("Inner", struct("T", temp));

    PrinterMethodsTest() {
        method(temp, "String", false, (c, r, a) -> Printer.sprintf(c, go("%.1f°C"), args(c, f((Double) r))));
        method(card, "String", false, (c, r, a) -> Printer.sprintf(c, "%d of %s",
                args(c, i((Long) ((GoStruct) r).f[0]), v(STR, ((GoStruct) r).f[1]))));
        method(ptrOnly, "String", true, (c, r, a) -> Printer.sprintf(c, "PtrOnly#%d",
                args(c, i((Long) StdTypes.deref(r).f[0]))));
        method(both, "String", false, (c, r, a) -> "string method");
        method(both, "Error", false, (c, r, a) -> "error method");
        method(notFound, "Error", true, (c, r, a) -> StdTypes.deref(r).f[0] + ": not found");
        method(hand, "String", false, (c, r, a) -> Printer.sprintf(c, "hand of %d cards",
                args(c, i(r == null ? 0 : ((io.gopherscope.rt.slices.Slice) r).len))));
    }

    String pf(String format, Object... a) {
        return sprintf(ctx, format, a);
    }

    @Test
    void stringers() {
        Iface t = v(temp, 21.55);
        assertEquals("21.6°C 21.55\n", sprintln(ctx, t, f(21.55)));
        assertEquals("21.6°C 21.6°C %!d(main.Temp=21.55) 21.550 \"21.6°C\"", pf("%v %s %d %.3f %q", t, t, t, t, t));
        GoStruct c = st(10L, "hearts");
        Pointer cp = ptr(ctx, card, c);
        assertEquals("10 of hearts 10 of hearts\n", sprintln(ctx, v(card, c), v(new Type.Pointer(card), cp)));
        Object cards = slice(ctx, card, c, st(1L, "spades"));
        assertEquals("10 of hearts 10 of hearts main.Card{Rank:10, Suit:\"hearts\"} [10 of hearts 1 of spades]",
                pf("%v %+v %#v %s", v(card, c), v(card, c), v(card, c), v(new Type.Slice(card), cards)));
        GoStruct pv = st(7L);
        Pointer pvp = ptr(ctx, ptrOnly, pv);
        assertEquals("{7} PtrOnly#7\n", sprintln(ctx, v(ptrOnly, pv), v(new Type.Pointer(ptrOnly), pvp)));
        assertEquals("error method\n", sprintln(ctx, v(both, st())));
        assertEquals("hand of 2 cards [10 of hearts]\n", sprintln(ctx, v(hand, slice(ctx, card, c, c)),
                v(new Type.Slice(card), slice(ctx, card, c))));
        assertEquals("{21.6°C} {T:21.6°C}", pf("%v %+v", v(inner, st(21.55)), v(inner, st(21.55))));
        Type.Map mt = new Type.Map(STR, temp);
        assertEquals("map[in:20.0°C out:-3.2°C]\n", sprintln(ctx, v(mt, map(ctx, mt, "out", -3.25, "in", 20.0))));
        Object ss = slice(ctx, StdTypes.STRINGER, v(temp, 21.55), v(card, c), v(new Type.Pointer(ptrOnly), pvp));
        assertEquals("[21.6°C 10 of hearts PtrOnly#7]\n", sprintln(ctx, v(new Type.Slice(StdTypes.STRINGER), ss)));
    }

    @Test
    void stringerHexAndUnexportedFields() {
        Named stT = named("St", INT);
        method(stT, "String", false, (c, r, a) -> "S!");
        assertEquals("5321 3", pf("%x %d", v(stT, 255L), v(stT, 3L)));
        Named w = named("W", struct("Pub", stT, "priv", stT, "E", StdTypes.ERROR));
        assertEquals("{S! 2 <nil>}\n", sprintln(ctx, v(w, st(1L, 2L, null))));
    }

    @Test
    void errors() {
        Type npt = new Type.Pointer(notFound);
        Iface err = v(npt, ptr(ctx, notFound, st("config")));
        assertEquals("config: not found\n", sprintln(ctx, err));
        assertEquals("config: not found | config: not found | \"config: not found\"", pf("%v | %s | %q", err, err, err));
        assertEquals("true <nil>\n", sprintln(ctx, b(true), null));
        Pointer nf = new Pointer.ToCell(new Cell(null));
        assertTrue(ErrorsPackage.as(ctx, err, v(new Type.Pointer(npt), nf)));
        assertEquals("config", StdTypes.deref(nf.load()).f[0]);

        Iface e1 = ErrorsPackage.newError(ctx, "first");
        Iface e2 = FmtPackage.errorf(ctx, "second: %w", args(ctx, e1));
        Iface e3 = FmtPackage.errorf(ctx, "third: %v", args(ctx, e2));
        assertEquals("first | second: first | third: second: first\n", sprintln(ctx, e1, s("|"), e2, s("|"), e3));
        assertTrue(ErrorsPackage.is(ctx, e2, e1));
        assertFalse(ErrorsPackage.is(ctx, e3, e1));
        assertEquals(e1, ErrorsPackage.unwrap(ctx, e2));
        assertNull(ErrorsPackage.unwrap(ctx, e3));
        assertFalse(io.gopherscope.rt.Values.equal(ErrorsPackage.newError(ctx, "x"), ErrorsPackage.newError(ctx, "x")));
    }

    @Test
    void valueReceiverErrorAndAs() {
        Named ve = named("ValidationError", struct("Field", STR, "Value", INT));
        method(ve, "Error", false, (c, r, a) -> Printer.sprintf(c, "invalid %s: %d",
                args(c, v(STR, ((GoStruct) r).f[0]), i((Long) ((GoStruct) r).f[1]))));
        Iface wrapped = FmtPackage.errorf(ctx, "request failed: %w", args(ctx, v(ve, st("age", -1L))));
        Pointer target = new Pointer.ToCell(new Cell(st("", 0L)));
        boolean ok = ErrorsPackage.as(ctx, wrapped, v(new Type.Pointer(ve), target));
        assertEquals("request failed: invalid age: -1 true age\n",
                sprintln(ctx, wrapped, b(ok), v(STR, ((GoStruct) target.load()).f[0])));
        assertEquals("recovered main.Code: 42", pf("recovered %T: %v", v(named("Code", INT), 42L), v(named("Code", INT), 42L)));
        // As into an error interface variable
        Pointer anyErr = new Pointer.ToCell(new Cell(null));
        assertTrue(ErrorsPackage.as(ctx, wrapped, v(new Type.Pointer(StdTypes.ERROR), anyErr)));
        assertEquals(wrapped, anyErr.load());
    }

    @Test
    void multipleWrapsAndJoin() {
        FmtTestCtx c20 = new FmtTestCtx(20);
        Iface a = ErrorsPackage.newError(c20, "a");
        Iface b = ErrorsPackage.newError(c20, "b");
        Iface both = FmtPackage.errorf(c20, "%w + %w", args(c20, a, b));
        assertEquals("a + b", Methods.errorText(c20, both));
        assertTrue(ErrorsPackage.is(c20, both, b));
        assertNull(ErrorsPackage.unwrap(c20, both));
        Iface j = ErrorsPackage.join(c20, slice(c20, StdTypes.ERROR, a, null, b));
        assertEquals("a\nb", Methods.errorText(c20, j));
        assertTrue(ErrorsPackage.is(c20, j, a));
        // 1.19: a second %w is an error
        Iface two = FmtPackage.errorf(ctx, "%w + %w", args(ctx, a, b));
        assertEquals("a + %!w(*errors.errorString=&{b})", Methods.errorText(ctx, two));
    }

    @Test
    void goStringer() {
        Named gs = named("GS", INT);
        StdTypes.method(gs, "GoString", StdTypes.sig(java.util.List.of(), java.util.List.of(Basic.STRING)), false,
                (c, r, a) -> "GS!");
        method(gs, "String", false, (c, r, a) -> "str");
        assertEquals("GS! str 1 []main.GS{GS!}", pf("%#v %v %d %#v", v(gs, 1L), v(gs, 1L), v(gs, 1L),
                v(new Type.Slice(gs), slice(ctx, gs, 2L))));
    }

    @Test
    void panicsInMethods() {
        Named bad = named("Bad", INT);
        method(bad, "String", false, (c, r, a) -> {
            throw new GoPanic(new Iface(Basic.STRING, "boom"));
        });
        assertEquals("%!v(PANIC=String method: boom)", pf("%v", v(bad, 1L)));
        Named nilRecv = named("NilRecv", struct("S", STR));
        method(nilRecv, "String", true, (c, r, a) -> (String) StdTypes.deref(r).f[0]);
        assertEquals("<nil>", pf("%s", v(new Type.Pointer(nilRecv), null)));
        Named runtimeErr = named("RE", INT);
        method(runtimeErr, "Error", false, (c, r, a) -> {
            throw GoPanic.runtimeError("index out of range [5] with length 3");
        });
        assertEquals("[%!s(PANIC=Error method: runtime error: index out of range [5] with length 3)]",
                pf("[%s]", v(runtimeErr, 0L)));
    }
}
