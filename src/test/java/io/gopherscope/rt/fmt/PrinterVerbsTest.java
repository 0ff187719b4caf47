package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.NativeFunc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.gopherscope.rt.fmt.G.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines of conformance/44_printf_verbs (real Go 1.19 output). */
class PrinterVerbsTest {
    final FmtTestCtx ctx = new FmtTestCtx();
    final Named point = named("Point", struct("X", INT, "Y", INT));
    final Type.Pointer pointPtr = new Type.Pointer(point);
    final Named person = named("Person", struct("Name", STR, "Age", INT, "Tags", new Type.Slice(STR),
            "Home", pointPtr, "private", Basic.BOOL));
    final Named celsius = named("Celsius", F64);
    final Named weekday = named("Weekday", INT);

    String pf(String format, Object... a) {
        return sprintf(ctx, format, a);
    }

    @Test
    void structs() {
        Object p = st(1L, -2L);
        assertEquals("{1 -2} | {X:1 Y:-2} | main.Point{X:1, Y:-2} | main.Point",
                pf("%v | %+v | %#v | %T", v(point, p), v(point, p), v(point, p), v(point, p)));
        Object pp = ptr(ctx, point, p);
        assertEquals("&{1 -2} | &{X:1 Y:-2} | *main.Point", pf("%v | %+v | %T", v(pointPtr, pp), v(pointPtr, pp), v(pointPtr, pp)));
        Object per = st("Ann", 30L, slice(ctx, STR, "a", "b"), null, true);
        assertEquals("{Ann 30 [a b] <nil> true}\n{Name:Ann Age:30 Tags:[a b] Home:<nil> private:true}\n"
                        + "main.Person{Name:\"Ann\", Age:30, Tags:[]string{\"a\", \"b\"}, Home:(*main.Point)(nil), private:true}",
                pf("%v\n%+v\n%#v", v(person, per), v(person, per), v(person, per)));
        assertEquals("[{1 2} {3 4}] [<nil>]", pf("%v %+v",
                v(new Type.Slice(point), slice(ctx, point, st(1L, 2L), st(3L, 4L))),
                v(new Type.Slice(pointPtr), slice(ctx, pointPtr, (Object) null))));
    }

    @Test
    void arraysAndSlices() {
        Type arr = new Type.Array(3, INT);
        Object a = array(INT, 1L, 2L, 3L);
        assertEquals("[1 2 3] [3]int{1, 2, 3} [3]int", pf("%v %#v %T", v(arr, a), v(arr, a), v(arr, array(INT, 0L, 0L, 0L))));
        Type ss = new Type.Slice(STR);
        Object xs = slice(ctx, STR, "x", "y z");
        assertEquals("[x y z] []string{\"x\", \"y z\"} []string", pf("%v %#v %T", v(ss, xs), v(ss, xs), v(ss, slice(ctx, STR))));
        assertEquals("[\"a b\" \"c\"] [a b c]", pf("%q %v", v(ss, slice(ctx, STR, "a b", "c")), v(ss, slice(ctx, STR, "a b", "c"))));
        assertEquals("[a ff] 48656C6C6F", pf("%x %X", v(new Type.Slice(INT), slice(ctx, INT, 10L, 255L)), s("Hello")));
        assertEquals("{} []", pf("%v %v", v(struct(), st()), v(new Type.Array(0, INT), array(INT))));
    }

    @Test
    void goSyntaxAndTypes() {
        assertEquals("42 \"hi\" 3 true", pf("%#v %#v %#v %#v", i(42), s("hi"), f(3.0), b(true)));
        Object anys = slice(ctx, StdTypes.ANY, i(1), s("a"), null);
        assertEquals("21.5 3 []interface {}{1, \"a\", interface {}(nil)}",
                pf("%#v %#v %#v", v(celsius, 21.5), v(weekday, 3L), v(StdTypes.ANY_SLICE, anys)));
        assertEquals("int string float64 int32 bool <nil>",
                pf("%T %T %T %T %T %T", i(1), s("s"), f(2.5), v(Basic.INT32, 114L), b(true), null));
        Type fn = new Type.Signature(List.of(INT), List.of(STR), false);
        NativeFunc nf = (c, a) -> "";
        assertEquals("[]int map[string][]bool func(int) string struct { A int }",
                pf("%T %T %T %T", v(new Type.Slice(INT), null), v(new Type.Map(STR, new Type.Slice(Basic.BOOL)), null),
                        v(fn, nf), v(struct("A", INT), st(0L))));
        assertEquals("main.Celsius *main.Person chan<- int", pf("%T %T %T", v(celsius, 1.0),
                v(new Type.Pointer(person), null), v(new Type.Chan(Type.Dir.SEND, INT), null)));
    }

    @Test
    void integers() {
        Object n = i(255);
        assertEquals("255|  255|255  |00255|+255|ff|FF|0xff|377|0377|0o377|11111111|A|'A'|U+1F600",
                pf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U", n, n, n, n, n, n, n, n, n, n, n, n,
                        v(Basic.INT32, 65L), v(Basic.INT32, 65L), i(0x1F600)));
        assertEquals("-7 -128 -ff c8", pf("%d %d %x %x", i(-7), v(Basic.INT8, -128L), i(-255), v(Basic.UINT8, 200L)));
        assertEquals("00000101   z| 'y' |", pf("%08b %3c| %-4q|", i(5), v(Basic.INT32, 122L), v(Basic.INT32, 121L)));
        assertEquals("-9223372036854775808 18446744073709551615",
                pf("%v %v", v(Basic.INT64, Long.MIN_VALUE), v(Basic.UINT64, -1L)));
        assertEquals("007-x", pf("%03d-%s", i(7), s("x")));
    }

    @Test
    void floats() {
        Object f = f(3.14159265);
        assertEquals("3.14159265|3.141593|3.14|   3.142|3.1     |3.141593e+00|3.141593E+00|3.14159265|3.14159265",
                pf("%v|%f|%.2f|%8.3f|%-8.1f|%e|%E|%g|%G", f, f, f, f, f, f, f, f, f));
        assertEquals("1e+06 1e+21 1e+20 0.0001 1e-05", pf("%v %v %v %v %v", f(1e6), f(1e21), f(1e20), f(1e-4), f(1e-5)));
        assertEquals("0.3 0.1 100 0 2 2", pf("%v %v %v %.0f %.0f %.0f", f(0.3), v(Basic.FLOAT32, (double) 0.1f),
                f(100.0), f(0.5), f(1.5), f(2.5)));
        assertEquals(" 99.50% 0x1p+00", pf("%6.2f%% %x", f(99.5), f(1.0)));
        double sum = 0.1 + 0.2;
        assertEquals("0.30000000000000004 0.30000000000000004 false", pf("%v %.17g %v", f(sum), f(sum), b(false)));
    }

    @Test
    void strings() {
        Object s = s("go\tlang \"quoted\" é");
        assertEquals("go\tlang \"quoted\" é|\"go\\tlang \\\"quoted\\\" é\"|\"go\\tlang \\\"quoted\\\" \\u00e9\"|\"back`tick\"|6869|68 69",
                pf("%s|%q|%+q|%#q|%x|% X", s, s, s, s("back`tick"), s("hi"), s("hi")));
        assertEquals("     right|left      |tru|    x|", pf("%10s|%-10s|%.3s|%5.1s|", s("right"), s("left"), s("truncate"), s("xyz")));
        Type bs = StdTypes.BYTE_SLICE;
        assertEquals("bytes [97 98] 6162 \"ab\"", pf("%s %v %x %q", v(bs, StdTypes.newBytes(ctx, "bytes")),
                v(bs, StdTypes.newBytes(ctx, "ab")), v(bs, StdTypes.newBytes(ctx, "ab")), v(bs, StdTypes.newBytes(ctx, "ab"))));
        assertEquals("true false  true|", pf("%t %v %5t|", b(true), b(false), b(true)));
    }

    @Test
    void composites() {
        Type.Map msi = new Type.Map(STR, INT);
        assertEquals("map[a:1 z:26] [1 2]", pf("%v %d", v(msi, map(ctx, msi, "z", 26L, "a", 1L)),
                v(new Type.Slice(INT), slice(ctx, INT, 1L, 2L))));
        Type.Map mib = new Type.Map(INT, Basic.BOOL);
        Type anon = struct("A", new Type.Slice(INT), "B", mib, "C", new Type.Pointer(INT));
        Type in = struct("In", point);
        assertEquals("{[1] map[2:true] <nil>} {In:{X:5 Y:6}}", pf("%v %+v",
                v(anon, st(slice(ctx, INT, 1L), map(ctx, mib, 2L, true), null)), v(in, st(st(5L, 6L)))));
    }

    @Test
    void widthsAndIndexes() {
        assertEquals("   42|7   |3.14", pf("%*d|%-*d|%.*f", i(5), i(42), i(4), i(7), i(2), f(3.14159)));
        assertEquals("20 10 20", pf("%[2]d %[1]d %d", i(10), i(20)));
        assertEquals("64 40 0100", pf("%[1]d %[1]x %#[1]o", i(64)));
    }

    @Test
    void flagsApplyPerElement() {
        Type si = new Type.Slice(INT);
        assertEquals("[001 002]|[    1     2]|[6162 6364]", pf("%03v|%5v|%x", v(si, slice(ctx, INT, 1L, 2L)),
                v(si, slice(ctx, INT, 1L, 2L)), v(StdTypes.STRING_SLICE, slice(ctx, STR, "ab", "cd"))));
        assertEquals("{   1   -2}|{1   -2 }|{X:  1 Y: -2}", pf("%4v|%-3v|%+3v", v(point, st(1L, -2L)),
                v(point, st(1L, -2L)), v(point, st(1L, -2L))));
    }

    @Test
    void printSpacing() {
        assertEquals("a 1 2 b 3.5 true\n", sprintln(ctx, s("a"), i(1), i(2), s("b"), f(3.5), b(true)));
        assertEquals("a1 2b3.5 true\n", sprint(ctx, s("a"), i(1), i(2), s("b"), f(3.5), b(true), s("\n")));
        assertEquals("1 2\n", sprint(ctx, i(1), i(2), s("\n")));
        assertEquals("xy\n", sprint(ctx, s("x"), s("y"), s("\n")));
        assertEquals("1a2 3bc", sprint(ctx, i(1), s("a"), i(2), i(3), s("b"), s("c")));
        assertEquals("x 1\n", sprintln(ctx, s("x"), i(1)));
    }
}
