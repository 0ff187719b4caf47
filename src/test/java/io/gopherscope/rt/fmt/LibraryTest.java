package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.ExitException;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.Iface;
import io.gopherscope.rt.NativeFunc;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.slices.Slice;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.gopherscope.rt.fmt.G.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** strings, strconv, sort, math, unicode/utf8, os and fmt package members (conformance 37/38 and Go docs). */
class LibraryTest {
    final FmtTestCtx ctx = new FmtTestCtx();

    Object call(Package p, String name, Object... args) {
        return ((Member.Func) p.get(name)).impl().call(ctx, args);
    }

    String q(Object stringSlice) {
        return GoStrings.toJava(Printer.sprintf(ctx, "%q", args(ctx, v(StdTypes.STRING_SLICE, stringSlice))));
    }

    @Test
    void strings() {
        Package p = StringsPackage.build();
        String s = go("héllo, 世界!");
        assertEquals(go("HÉLLO, 世界!"), call(p, "ToUpper", s));
        assertEquals(true, call(p, "Contains", s, go("世")));
        assertEquals(3L, call(p, "Index", s, "l"));
        assertEquals(11L, call(p, "IndexRune", s, (long) '界'));
        assertEquals("[\"a\" \"b\" \"\" \"c\"]", q(call(p, "Split", "a,b,,c", ",")));
        assertEquals("[\"lots\" \"of\" \"space\"]", q(call(p, "Fields", "  lots   of\tspace \n")));
        assertEquals("[\"\"]", q(call(p, "Split", "", ",")));
        Slice empty = (Slice) call(p, "Fields", "   ");
        assertEquals(0, empty.len);
        assertEquals("[\"a\" \"b,c\"]", q(call(p, "SplitN", "a,b,c", ",", 2L)));
        assertEquals("[\"a,\" \"b,\" \"c\"]", q(call(p, "SplitAfter", "a,b,c", ",")));
        assertEquals("[\"h\" \"é\"]", q(call(p, "Split", go("hé"), "")));
        Slice three = (Slice) call(p, "Split", "a,b,c", ",");
        assertEquals(3, three.cap);
        assertEquals("x-y-z", call(p, "Join", slice(ctx, STR, "x", "y", "z"), "-"));
        assertEquals("", call(p, "Join", null, ","));
        assertEquals("ababab", call(p, "Repeat", "ab", 3L));
        assertEquals("oinky oinky oink", call(p, "Replace", "oink oink oink", "k", "ky", 2L));
        assertEquals("moo moo", call(p, "ReplaceAll", "oink oink", "oink", "moo"));
        assertEquals("-a-b-", call(p, "ReplaceAll", "ab", "", "-"));
        assertEquals("x", call(p, "TrimSpace", "  x  "));
        assertEquals("hi", call(p, "Trim", "xxhixx", "x"));
        assertEquals("body", call(p, "TrimPrefix", "prefix-body", "prefix-"));
        assertEquals("hixx", call(p, "TrimLeft", "xxhixx", "x"));
        assertEquals("xxhi", call(p, "TrimRight", "xxhixx", "x"));
        assertEquals("file", call(p, "TrimSuffix", "file.go", ".go"));
        assertEquals(true, call(p, "HasPrefix", s, go("hé")));
        assertEquals(true, call(p, "HasSuffix", s, "!"));
        assertEquals(3L, call(p, "Count", "cheese", "e"));
        assertEquals(5L, call(p, "Count", "five", ""));
        assertEquals(3L, call(p, "LastIndex", "go gopher", "go"));
        assertEquals(true, call(p, "EqualFold", "Go", "GO"));
        assertEquals("Hello World", call(p, "Title", "hello world"));
        NativeFunc shift = (c, a) -> ((Long) a[0]) == 'l' ? -1L : (Long) a[0] + 1;
        assertEquals("ifp", call(p, "Map", shift, "hello"));
        assertEquals(go("a\uFFFDb"), call(p, "ToLower", "A\u00ffB"));
        assertEquals(true, call(p, "ContainsAny", "failure", "ui"));
        assertEquals(false, call(p, "ContainsRune", "abc", (long) 'd'));
        Object[] cut = (Object[]) call(p, "Cut", "key=value", "=");
        assertEquals("key value true", cut[0] + " " + cut[1] + " " + cut[2]);
        Pointer r = (Pointer) call(p, "NewReplacer", slice(ctx, STR, "<", "&lt;", ">", "&gt;"));
        Iface rep = v(new Type.Pointer(StringFuncs.REPLACER), r);
        assertEquals("&lt;b&gt;hi&lt;/b&gt;", Methods.call(ctx, rep.type(), r, "Replace", new Object[]{"<b>hi</b>"}));
        assertThrows(GoPanic.class, () -> call(p, "Repeat", "x", -1L));
    }

    @Test
    void builder() {
        Type bp = new Type.Pointer(StringsPackage.BUILDER);
        Pointer sb = ptr(ctx, StringsPackage.BUILDER, new io.gopherscope.rt.GoStruct(new Object[]{null, null}));
        Iface w = v(bp, sb);
        for (int k = 0; k < 3; k++) {
            ((Member.Func) FmtPackage.build().get("Fprintf")).impl().call(ctx, new Object[]{w, "%d,", args(ctx, i(k))});
        }
        Methods.call(ctx, bp, sb, "WriteString", new Object[]{"end"});
        Methods.call(ctx, bp, sb, "WriteByte", new Object[]{(long) '.'});
        Methods.call(ctx, bp, sb, "WriteRune", new Object[]{(long) '✓'});
        assertEquals(go("0,1,2,end.✓"), Methods.call(ctx, bp, sb, "String", new Object[0]));
        assertEquals(13L, Methods.call(ctx, bp, sb, "Len", new Object[0]));
        // the bytes sit in a []byte grown by append: 8, 16 (size classes of the first growths)
        assertEquals(16L, Methods.call(ctx, bp, sb, "Cap", new Object[0]));
    }

    @Test
    void strconv() {
        Package p = StrconvPackage.build();
        assertEquals("-42", call(p, "Itoa", -42L));
        Object[] ok = (Object[]) call(p, "Atoi", "123");
        assertEquals(123L, ok[0]);
        assertNull(ok[1]);
        Object[] bad = (Object[]) call(p, "Atoi", "x");
        assertEquals("strconv.Atoi: parsing \"x\": invalid syntax", Methods.errorText(ctx, (Iface) bad[1]));
        assertTrue(ErrorsPackage.is(ctx, (Iface) bad[1], Atoi.ERR_SYNTAX));
        Object[] big = (Object[]) call(p, "Atoi", "99999999999999999999");
        assertEquals(Long.MAX_VALUE, big[0]);
        assertEquals("strconv.Atoi: parsing \"99999999999999999999\": value out of range", Methods.errorText(ctx, (Iface) big[1]));
        Object[] pi = (Object[]) call(p, "ParseInt", "-0x1F", 0L, 64L);
        assertEquals(-31L, pi[0]);
        Object[] p8 = (Object[]) call(p, "ParseInt", "200", 10L, 8L);
        assertEquals(127L, p8[0]);
        assertEquals("strconv.ParseInt: parsing \"200\": value out of range", Methods.errorText(ctx, (Iface) p8[1]));
        assertEquals(1_000_000L, ((Object[]) call(p, "ParseInt", "1_000_000", 0L, 64L))[0]);
        assertEquals("strconv.ParseInt: parsing \"12a\": invalid syntax",
                Methods.errorText(ctx, (Iface) ((Object[]) call(p, "ParseInt", "12a", 10L, 64L))[1]));
        assertEquals(3.25, ((Object[]) call(p, "ParseFloat", "3.25", 64L))[0]);
        assertEquals(Double.NEGATIVE_INFINITY, ((Object[]) call(p, "ParseFloat", "-Inf", 64L))[0]);
        assertEquals(1.5, ((Object[]) call(p, "ParseFloat", "0x1.8p0", 64L))[0]);
        assertEquals("strconv.ParseFloat: parsing \"1.5f\": invalid syntax",
                Methods.errorText(ctx, (Iface) ((Object[]) call(p, "ParseFloat", "1.5f", 64L))[1]));
        assertEquals("strconv.ParseFloat: parsing \"1e400\": value out of range",
                Methods.errorText(ctx, (Iface) ((Object[]) call(p, "ParseFloat", "1e400", 64L))[1]));
        assertEquals(true, ((Object[]) call(p, "ParseBool", "T"))[0]);
        assertEquals("strconv.ParseBool: parsing \"yes\": invalid syntax",
                Methods.errorText(ctx, (Iface) ((Object[]) call(p, "ParseBool", "yes"))[1]));
        assertEquals("ff", call(p, "FormatInt", 255L, 16L));
        assertEquals("-101", call(p, "FormatInt", -5L, 2L));
        assertEquals("18446744073709551615", call(p, "FormatUint", -1L, 10L));
        assertEquals("3.14", call(p, "FormatFloat", 3.14159, (long) 'f', 2L, 64L));
        assertEquals("1e+06", call(p, "FormatFloat", 1e6, (long) 'g', -1L, 64L));
        assertEquals("\"hi\\n\"", call(p, "Quote", "hi\n"));
        assertEquals("'☺'", GoStrings.toJava((String) call(p, "QuoteRune", (long) '☺')));
        assertEquals("'\\u263a'", call(p, "QuoteRuneToASCII", (long) '☺'));
        Object[] uq = (Object[]) call(p, "Unquote", "\"a\\tb\\u00e9\"");
        assertEquals(go("a\tbé"), uq[0]);
        assertEquals("x", ((Object[]) call(p, "Unquote", "'x'"))[0]);
        assertEquals(Atoi.ERR_SYNTAX, ((Object[]) call(p, "Unquote", "'xy'"))[1]);
        assertEquals("raw\\n", ((Object[]) call(p, "Unquote", "`raw\\n`"))[0]);
    }

    @Test
    void sorting() {
        Package p = SortPackage.build();
        Slice ints = slice(ctx, INT, 5L, 2L, 8L, 1L, 9L, 3L);
        call(p, "Ints", ints);
        assertEquals("[1 2 3 5 8 9]", sprint(ctx, v(new Type.Slice(INT), ints)));
        assertEquals(true, call(p, "IntsAreSorted", ints));
        assertEquals(3L, call(p, "SearchInts", ints, 5L));
        Slice fl = slice(ctx, F64, 2.5, Double.NaN, -1.0, 0.0);
        call(p, "Float64s", fl);
        assertEquals("[NaN -1 0 2.5]", sprint(ctx, v(new Type.Slice(F64), fl)));
        Slice strs = slice(ctx, STR, "pear", "apple", "fig");
        call(p, "Strings", strs);
        assertEquals("[apple fig pear]", sprint(ctx, v(StdTypes.STRING_SLICE, strs)));

        // sort.Slice by a key with many ties: the unstable order must follow Go's pdqsort exactly
        List<Long> keys = new ArrayList<>();
        for (int k = 0; k < 60; k++) keys.add((long) ((k * 7) % 5));
        Type pairT = struct("K", INT, "I", INT);
        Object[] elems = new Object[keys.size()];
        for (int k = 0; k < elems.length; k++) elems[k] = st(keys.get(k), (long) k);
        Slice pairs = slice(ctx, pairT, elems);
        NativeFunc less = (c, a) -> (Long) ((io.gopherscope.rt.GoStruct) pairs.get((int) (long) (Long) a[0])).f[0]
                < (Long) ((io.gopherscope.rt.GoStruct) pairs.get((int) (long) (Long) a[1])).f[0];
        call(p, "SliceStable", v(new Type.Slice(pairT), pairs), less);
        StringBuilder order = new StringBuilder();
        for (int k = 0; k < pairs.len; k++) order.append(((io.gopherscope.rt.GoStruct) pairs.get(k)).f[1]).append(' ');
        assertEquals("0 5 10 15 20 25 30 35 40 45 50 55 3 8 13 18 23 28 33 38 43 48 53 58 1 6 11 16 21 26 31 36 41 46 51 56 "
                + "4 9 14 19 24 29 34 39 44 49 54 59 2 7 12 17 22 27 32 37 42 47 52 57 ", order.toString());
        Slice small = slice(ctx, pairT, st(2L, 0L), st(1L, 1L), st(2L, 2L), st(1L, 3L));
        NativeFunc lessSmall = (c, a) -> (Long) ((io.gopherscope.rt.GoStruct) small.get((int) (long) (Long) a[0])).f[0]
                < (Long) ((io.gopherscope.rt.GoStruct) small.get((int) (long) (Long) a[1])).f[0];
        call(p, "Slice", v(new Type.Slice(pairT), small), lessSmall);
        assertEquals("[{1 1} {1 3} {2 0} {2 2}]", sprint(ctx, v(new Type.Slice(pairT), small)));

        // sort.Sort(sort.Reverse(sort.IntSlice(x)))
        Slice xs = slice(ctx, INT, 3L, 1L, 2L);
        Iface rev = (Iface) call(p, "Reverse", v(SortPackage.INT_SLICE, xs));
        call(p, "Sort", rev);
        assertEquals("[3 2 1]", sprint(ctx, v(new Type.Slice(INT), xs)));
        NativeFunc ge = (c, a) -> (Long) a[0] * (Long) a[0] >= 50;
        assertEquals(8L, call(p, "Search", 100L, ge));
    }

    @Test
    void pdqsortMatchesGoForLargeInputs() {
        // a permutation with duplicates; pdqsort's result is checked for sortedness and the
        // comparison count stays within n log n bounds (heapsort fallback works)
        int n = 1000;
        long[] data = new long[n];
        for (int k = 0; k < n; k++) data[k] = (k * 7919L) % 97;
        int[] calls = {0};
        Pdqsort.sort(new Pdqsort.LessSwap() {
            public boolean less(int i, int j) {
                calls[0]++;
                return data[i] < data[j];
            }

            public void swap(int i, int j) {
                long t = data[i];
                data[i] = data[j];
                data[j] = t;
            }
        }, n, 19);
        for (int k = 1; k < n; k++) assertTrue(data[k - 1] <= data[k]);
        assertTrue(calls[0] < 30 * n);
    }

    @Test
    void mathAndUnicode() {
        Package m = MathPackage.build();
        assertEquals(1024.0, call(m, "Pow", 2.0, 10.0));
        assertEquals(1.2100000000000002, call(m, "Pow", 1.1, 2.0));
        assertEquals(1.2246467991473515e-16, call(m, "Sin", Math.PI));
        assertEquals(-1.0, call(m, "Cos", Math.PI));
        assertEquals(3.0, call(m, "Round", 2.5));
        assertEquals(-3.0, call(m, "Round", -2.5));
        assertEquals(2.0, call(m, "RoundToEven", 2.5));
        assertEquals(Double.POSITIVE_INFINITY, call(m, "Max", Double.POSITIVE_INFINITY, Double.NaN));
        assertEquals(Double.NaN, call(m, "Max", 1.0, Double.NaN));
        assertEquals(5.0, call(m, "Hypot", 3.0, 4.0));
        assertEquals(10.0, call(m, "Log2", 1024.0));
        assertEquals(true, call(m, "IsInf", Double.NEGATIVE_INFINITY, -1L));
        assertEquals(-1.0, call(m, "Mod", -7.0, 3.0));
        assertEquals(java.math.BigInteger.valueOf(Long.MAX_VALUE), ((Member.Const) m.get("MaxInt64")).value());
        assertEquals(Math.PI, ((java.math.BigDecimal) ((Member.Const) m.get("Pi")).value()).doubleValue());
        assertEquals("18446744073709551615", ((Member.Const) m.get("MaxUint64")).value().toString());
        Package u8 = Utf8Package.build();
        assertEquals(10L, call(u8, "RuneCountInString", go("héllo, 世界!")));
        Object[] d = (Object[]) call(u8, "DecodeRuneInString", go("世界"));
        assertEquals(0x4e16L, d[0]);
        assertEquals(3L, d[1]);
        Object[] last = (Object[]) call(u8, "DecodeLastRuneInString", go("a世"));
        assertEquals(0x4e16L, last[0]);
        assertEquals(false, call(u8, "ValidString", "a\u00ffb"));
        assertEquals(3L, call(u8, "RuneLen", (long) '世'));
        Slice buf = slice(ctx, Basic.UINT8, 0L, 0L, 0L, 0L);
        assertEquals(2L, call(u8, "EncodeRune", buf, (long) 'é'));
        assertEquals(0xC3L, buf.get(0));
        Package u = UnicodePackage.build();
        assertEquals(true, call(u, "IsUpper", (long) 'É'));
        assertEquals(false, call(u, "IsUpper", 0x24B6L));
        assertEquals(true, call(u, "IsPunct", (long) '!'));
        assertEquals(false, call(u, "IsPunct", (long) '+'));
        assertEquals(true, call(u, "IsSpace", 0x85L));
        assertEquals((long) 'É', call(u, "ToUpper", (long) 'é'));
    }

    @Test
    void fmtAndOsMembers() {
        Package f = FmtPackage.build();
        Object[] r = (Object[]) call(f, "Println", args(ctx, s("a"), i(1)));
        assertEquals(4L, r[0]);
        call(f, "Printf", "%s-%d\n", args(ctx, s("x"), i(2)));
        call(f, "Print", args(ctx, i(1), i(2)));
        assertEquals("a 1\nx-2\n1 2", ctx.stdout.toString());
        Package os = OsPackage.build();
        Object stderr = ((Member.Var) os.get("Stderr")).cell().v;
        call(f, "Fprintln", v(OsPackage.FILE_PTR, stderr), args(ctx, s("oops")));
        assertEquals("oops\n", ctx.stderr.toString());
        assertEquals("%!v(MISSING)", call(f, "Sprintf", "%v", null));
        ExitException e = assertThrows(ExitException.class, () -> call(os, "Exit", 3L));
        assertEquals(3, e.code);
        Slice b = (Slice) call(f, "Appendf", null, "%d-%s", args(ctx, i(7), s("x")));
        assertEquals("7-x", StdTypes.bytesOf(b));
        b = (Slice) call(f, "Appendln", b, args(ctx, b(true)));
        assertEquals("7-xtrue\n", StdTypes.bytesOf(b));
        assertEquals("7-xtrue\n-12", StdTypes.bytesOf(call(StrconvPackage.build(), "AppendInt", b, -12L, 10L)));
        Iface err = (Iface) call(f, "Errorf", "code %d", args(ctx, i(7)));
        assertEquals("code 7", Methods.errorText(ctx, err));
        assertFalse(err.type().toString().contains("wrap"));
    }
}
