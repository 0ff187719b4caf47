package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import org.junit.jupiter.api.Test;

import static io.gopherscope.rt.fmt.G.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** conformance/49_numbers, 38_strings_runes and the float notes of RUNTIME-FACTS §6.2. */
class FloatAndRuneTest {
    final FmtTestCtx ctx = new FmtTestCtx();

    static Object f32(float x) {
        return v(Basic.FLOAT32, (double) x);
    }

    @Test
    void printlnFloats() {
        assertEquals("0.3 0.3333333333333333 0.33333334 2\n", sprintln(ctx, f(0.3), f(1.0 / 3.0), f32(1.0f / 3), f(2.0)));
        float p = 0.1f, q = 0.2f;
        assertEquals("0.30000000000000004 false 0.3\n", sprintln(ctx, f(0.1 + 0.2), b(false), f32(p + q)));
        assertEquals("1e+100 1.23456789e+08 1.2345678901234567e+19 1.234e-06 100\n",
                sprintln(ctx, f(1e100), f(123456789.0), f(12345678901234567890.0), f(0.000001234), f(100.0)));
        assertEquals("+Inf -Inf false -0\n", sprintln(ctx, f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY),
                b(false), f(-0.0)));
        assertEquals("3 0.0025 1.6777216e+07 1e+21 1e+20\n", sprintln(ctx, f(3.0), f(2.5e-3), f32(16777217f), f(1e21), f(1e20)));
        Named meters = named("Meters", F64);
        assertEquals("1.5 7 [1 2.25]\n", sprintln(ctx, v(meters, 1.5), v(named("ID", INT), 7L),
                v(new Type.Slice(meters), slice(ctx, meters, 1.0, 2.25))));
        assertEquals("120 int32 120 uint8", sprintf(ctx, "%v %T %v %T", v(Basic.INT32, 120L), v(Basic.INT32, 120L),
                v(Basic.UINT8, 120L), v(Basic.UINT8, 120L)));
    }

    @Test
    void shortestRule() {
        String[][] cases = {
                {"3", "3.0"}, {"2.5", "2.5"}, {"100000", "100000.0"}, {"123456", "123456.0"}, {"999999", "999999.0"},
                {"1e+06", "1e6"}, {"1.234567e+06", "1234567.0"}, {"1.23456789e+07", "12345678.9"}, {"1e+21", "1e21"},
                {"0.0001", "0.0001"}, {"0.00012", "0.00012"}, {"1e-05", "1e-5"}, {"1.5e-05", "1.5e-5"},
                {"5e-324", "4.9e-324"}, {"1.7976931348623157e+308", "1.7976931348623157e308"}, {"0", "0"},
                {"2e-323", "2e-323"}, {"1e-323", "1e-323"},
        };
        for (String[] c : cases) {
            assertEquals(c[0], FloatFormat.format(Double.parseDouble(c[1]), 'g', -1, 64), c[1]);
        }
        assertEquals("1.6777216e+07", FloatFormat.format(16777216, 'g', -1, 32));
        assertEquals("1e-45", FloatFormat.format(Float.MIN_VALUE, 'g', -1, 32));
        assertEquals("3.4028235e+38", FloatFormat.format(Float.MAX_VALUE, 'g', -1, 32));
    }

    @Test
    void fixedPrecision() {
        assertEquals("1.23e+05", sprintf(ctx, "%.3g", f(123456)));
        assertEquals("1000000000000000000000.000000", sprintf(ctx, "%f", f(1e21)));
        assertEquals("1.234568e+03", sprintf(ctx, "%e", f(1234.5678)));
        assertEquals("2|2e+00|4|0.1|1", sprintf(ctx, "%.0f|%.0e|%.0f|%.1f|%.3g", f(2.5), f(2.5), f(3.5), f(0.05), f(1.0)));
        assertEquals("0.12|1e+02|100|1.000e+00", sprintf(ctx, "%.2g|%.0g|%.3g|%.3e", f(0.123), f(123), f(100), f(1)));
        assertEquals("+3.50|  3.50| 3.5|-003.50|3.500000e+00", sprintf(ctx, "%+.2f|%6.2f|% .1f|%07.2f|%e", f(3.5), f(3.5), f(3.5), f(-3.5), f(3.5)));
        assertEquals("   +Inf|NaN|+NaN|  NaN", sprintf(ctx, "%07.2f|%v|%+f|%5.1f", f(Double.POSITIVE_INFINITY), f(Double.NaN),
                f(Double.NaN), f(Double.NaN)));
        assertEquals("3.|3.00000|1.e+00|0x1.8p+01|0X1.8P+01|6755399441055744p-51",
                sprintf(ctx, "%#.0f|%#g|%#.0e|%x|%X|%b", f(3), f(3), f(1), f(3), f(3), f(3)));
        assertEquals("0.1|0.10000000149011612", sprintf(ctx, "%v|%v", f32(0.1f), f((double) 0.1f)));
        assertEquals("(1+2i)", sprintf(ctx, "%v", v(Basic.COMPLEX128, new double[]{1, 2})));
    }

    @Test
    void runesAndStrings() {
        String s = go("héllo, 世界!");
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); ) {
            long d = GoStrings.decodeRune(s, k);
            sb.append(Printer.sprintf(ctx, "%d:%c(%d) ", args(ctx, i(k), v(Basic.INT32, (long) GoStrings.rune(d)),
                    v(Basic.INT32, (long) GoStrings.rune(d)))));
            k += GoStrings.size(d);
        }
        assertEquals("0:h(104) 1:é(233) 3:l(108) 4:l(108) 5:o(111) 6:,(44) 7: (32) 8:世(19990) 11:界(30028) 14:!(33) ",
                GoStrings.toJava(sb.toString()));
        Object gs = v(STR, s);
        assertEquals("68c3a96c6c6f2c20e4b896e7958c21\n68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c 21\n\"héllo, 世界!\"\n"
                + "\"h\\u00e9llo, \\u4e16\\u754c!\"", sprintf(ctx, "%x\n% x\n%q\n%+q", gs, gs, gs, gs));
        String bad = "a\u00ffb\u00e4\u00b8";
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < bad.length(); ) {
            long d = GoStrings.decodeRune(bad, k);
            Object r = v(Basic.INT32, (long) GoStrings.rune(d));
            out.append(Printer.sprintf(ctx, "[%d %U %q]", args(ctx, i(k), r, r)));
            k += GoStrings.size(d);
        }
        assertEquals("[0 U+0061 'a'][1 U+FFFD '�'][2 U+0062 'b'][3 U+FFFD '�'][4 U+FFFD '�']", GoStrings.toJava(out.toString()));
        Object e = v(Basic.INT32, 0xE9L);
        assertEquals("é 233 'é' U+00E9 e9", sprintf(ctx, "%c %v %q %U %x", e, e, e, e, e));
        assertEquals("U+1F600 '😀'|'\\U0001f600'|'\\x00'|'\\''", sprintf(ctx, "%#U|%+q|%q|%q", i(0x1F600), i(0x1F600), i(0), i('\'')));
        assertEquals("\"\\xff\"|`a\tb`|\"a\\nb\"|[104 105]|[]byte{0x68, 0x69}", sprintf(ctx, "%q|%#q|%#q|%v|%#v",
                v(STR, "\u00ff"), s("a\tb"), s("a\nb"), v(StdTypes.BYTE_SLICE, StdTypes.newBytes(ctx, "hi")),
                v(StdTypes.BYTE_SLICE, StdTypes.newBytes(ctx, "hi"))));
        assertEquals("   héllo|héllo   |hé", sprintf(ctx, "%8s|%-8s|%.2s", s("héllo"), s("héllo"), s("héllo")));
        assertEquals("0x6869|0x68 0x69|   6869", sprintf(ctx, "%#x|%# x|%7x", s("hi"), s("hi"), s("hi")));
    }

    @Test
    void integerFlags() {
        assertEquals("0x0000ff|  0xff|0XFF|-0b101|0o0377|00042|-0042|  042|  42|+42  ", sprintf(ctx,
                "%#06x|%#6x|%#X|%#b|%#O|%.5d|%05d|%5.3d|% 4d|%-+5d", i(255), i(255), i(255), i(-5), i(255), i(42), i(-42),
                i(42), i(42), i(42)));
        assertEquals("|   |0xc8|'\\u00c8'", sprintf(ctx, "%.0d|%3.0d|%#v|%+q", i(0), i(0), v(Basic.UINT8, 200L), i(200)));
        assertEquals("U+0041 'A'|U+00000041", sprintf(ctx, "%#U|%.8U", i(65), i(65)));
        assertEquals("�|%!c(bool=true)", sprintf(ctx, "%c|%c", i(-1), b(true)).replace("\u00ef\u00bf\u00bd", "�"));
    }
}
