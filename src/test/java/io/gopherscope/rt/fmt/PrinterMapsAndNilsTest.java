package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Named;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.NativeFunc;
import org.junit.jupiter.api.Test;

import static io.gopherscope.rt.fmt.G.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** conformance/24_map_printing and 37_nil_empty_slice. */
class PrinterMapsAndNilsTest {
    final FmtTestCtx ctx = new FmtTestCtx();

    String ln(Type t, Object v) {
        return sprintln(ctx, G.v(t, v));
    }

    @Test
    void mapKeyOrder() {
        Type.Map mis = new Type.Map(INT, STR);
        assertEquals("map[-3:minus three 0:zero 2:two 10:ten]\n",
                ln(mis, map(ctx, mis, 10L, "ten", -3L, "minus three", 2L, "two", 0L, "zero")));
        Type.Map msi = new Type.Map(STR, INT);
        assertEquals("map[:0 Zebra:26 apple:1 banana:2 pear:3]\n",
                ln(msi, map(ctx, msi, "pear", 3L, "apple", 1L, "Zebra", 26L, "banana", 2L, "", 0L)));
        Type.Map mbi = new Type.Map(Basic.BOOL, INT);
        assertEquals("map[false:0 true:1]\n", ln(mbi, map(ctx, mbi, true, 1L, false, 0L)));
        Type.Map mfs = new Type.Map(F64, STR);
        assertEquals("map[-1:a 2.5:b 100:c]\n", ln(mfs, map(ctx, mfs, 2.5, "b", -1.0, "a", 100.0, "c")));
        Type.Map mri = new Type.Map(Basic.INT32, INT);
        assertEquals("map[97:1 98:2 233:3]\n", ln(mri, map(ctx, mri, 98L, 2L, 97L, 1L, 233L, 3L)));
        Named key = named("key", struct("A", STR, "B", INT));
        Type.Map mkb = new Type.Map(key, Basic.BOOL);
        assertEquals("map[{a 1}:true {a 2}:false {b 1}:true]\n",
                ln(mkb, map(ctx, mkb, st("b", 1L), true, st("a", 2L), false, st("a", 1L), true)));
        Type.Map mas = new Type.Map(new Type.Array(2, INT), STR);
        assertEquals("map[[1 2]:z [1 9]:y [2 1]:x]\n", ln(mas, map(ctx, mas,
                array(INT, 2L, 1L), "x", array(INT, 1L, 9L), "y", array(INT, 1L, 2L), "z")));
        Type.Map msl = new Type.Map(STR, new Type.Slice(INT));
        assertEquals("map[a:[] b:[2 3] c:[]]\n", ln(msl, map(ctx, msl, "b", slice(ctx, INT, 2L, 3L), "a", null, "c", slice(ctx, INT))));
        Type.Map mm = new Type.Map(STR, msi);
        assertEquals("map[outer1:map[] outer2:map[x:1 y:2]]\n", ln(mm, map(ctx, mm,
                "outer2", map(ctx, msi, "y", 2L, "x", 1L), "outer1", map(ctx, msi))));
        Named color = named("Color", INT);
        String[] names = {"red", "green", "blue"};
        method(color, "String", false, (c, r, a) -> names[(int) (long) (Long) r]);
        Type.Map mc = new Type.Map(color, INT);
        assertEquals("map[red:0 green:10 blue:20]\n", ln(mc, map(ctx, mc, 2L, 20L, 0L, 0L, 1L, 10L)));
        Type.Map mf = new Type.Map(F64, INT);
        assertEquals("map[NaN:1 -Inf:2 1:3]\n", ln(mf, map(ctx, mf, 1.0, 3L, Double.NEGATIVE_INFINITY, 2L, Double.NaN, 1L)));
        Type.Map many = new Type.Map(StdTypes.ANY, INT);
        assertEquals("map[false:6 1.5:5 1:4 2:2 a:3 b:1]\n", ln(many, map(ctx, many,
                s("b"), 1L, i(2), 2L, s("a"), 3L, i(1), 4L, f(1.5), 5L, b(false), 6L)));
    }

    @Test
    void mapVerbs() {
        Type.Map msi = new Type.Map(STR, INT);
        Object m = map(ctx, msi, "b", 2L, "a", 1L);
        assertEquals("map[a:1 b:2]|map[a:1 b:2]|map[string]int{\"a\":1, \"b\":2}|map[string]int|map[%!d(string=a):1 %!d(string=b):2]",
                sprintf(ctx, "%v|%+v|%#v|%T|%d", v(msi, m), v(msi, m), v(msi, m), v(msi, m), v(msi, m)));
        Type.Map mss = new Type.Map(STR, STR);
        assertEquals("map[\"k\":\"v w\"]", sprintf(ctx, "%q", v(mss, map(ctx, mss, "k", "v w"))));
        Named key = named("key", struct("A", STR, "B", INT));
        Type.Map mk = new Type.Map(key, INT);
        assertEquals("map[main.key]int{main.key{A:\"q\", B:1}:5}", sprintf(ctx, "%#v", v(mk, map(ctx, mk, st("q", 1L), 5L))));
        assertEquals("map[] map[string]int(nil)", sprintf(ctx, "%v %#v", v(msi, null), v(msi, null)));
        assertEquals("map[] map[string]int{}", sprintf(ctx, "%v %#v", v(msi, map(ctx, msi)), v(msi, map(ctx, msi))));
        Type.Map mii = new Type.Map(INT, INT);
        assertEquals("map[1:1 2:4 3:9]", sprint(ctx, v(mii, map(ctx, mii, 3L, 9L, 1L, 1L, 2L, 4L))));
    }

    @Test
    void nilsAndEmpties() {
        Type si = new Type.Slice(INT);
        assertEquals("[] [] []\n", sprintln(ctx, v(si, null), v(si, slice(ctx, INT)), v(si, slice(ctx, INT))));
        assertEquals("[]int(nil) []int{}", sprintf(ctx, "%#v %#v", v(si, null), v(si, slice(ctx, INT))));
        assertEquals("[] []", sprintf(ctx, "%d %q", v(si, null), v(StdTypes.STRING_SLICE, null)));
        assertEquals("[\"\"]", sprintf(ctx, "%q", v(StdTypes.STRING_SLICE, slice(ctx, STR, ""))));
        assertEquals("[]  \"\" |", sprintf(ctx, "%v %s %q %x|", v(StdTypes.BYTE_SLICE, null), v(StdTypes.BYTE_SLICE, null),
                v(StdTypes.BYTE_SLICE, null), v(StdTypes.BYTE_SLICE, null)));
        Type.Map msb = new Type.Map(STR, Basic.BOOL);
        Type pi = new Type.Pointer(INT);
        Type fn = new Type.Signature(java.util.List.of(), java.util.List.of(), false);
        assertEquals("map[] <nil> <nil> <nil> true <nil>\n", sprintln(ctx, v(msb, null), v(pi, null), null, null, b(true),
                v(new Type.Chan(Type.Dir.BOTH, INT), null)));
        assertEquals("map[string]bool(nil) (*int)(nil) <nil> <nil> (func())(nil)",
                sprintf(ctx, "%#v %#v %#v %#v %#v", v(msb, null), v(pi, null), null, null, v(fn, null)));
        Type s3 = struct("S", si, "M", new Type.Map(STR, INT), "P", pi);
        assertEquals("{S:[] M:map[] P:<nil>}", sprintf(ctx, "%+v", v(s3, st(null, null, null))));
        Type s2 = struct("S", si, "E", si);
        assertEquals("struct { S []int; E []int }{S:[]int(nil), E:[]int{}}", sprintf(ctx, "%#v", v(s2, st(null, slice(ctx, INT)))));
    }

    @Test
    void pointersAndAddresses() {
        Type pi = new Type.Pointer(INT);
        var p = new io.gopherscope.rt.Pointer.ToCell(new io.gopherscope.rt.Cell(5L));
        p.cell.addr = 0xc000012080L;
        assertEquals("0xc000012080 0xc000012080 c000012080 (*int)(0xc000012080)",
                sprintf(ctx, "%v %p %#p %#v", v(pi, p), v(pi, p), v(pi, p), v(pi, p)));
        Named node = named("Node", null);
        node.setUnderlying(struct("V", INT, "Next", new Type.Pointer(node)));
        var n2 = new io.gopherscope.rt.Pointer.ToCell(new io.gopherscope.rt.Cell(st(2L, null)));
        n2.cell.addr = 0xc0000140a0L;
        var n1 = new io.gopherscope.rt.Pointer.ToCell(new io.gopherscope.rt.Cell(st(1L, n2)));
        n1.cell.addr = 0xc000014090L;
        assertEquals("&{1 0xc0000140a0} &{V:1 Next:0xc0000140a0}",
                sprintf(ctx, "%v %+v", v(new Type.Pointer(node), n1), v(new Type.Pointer(node), n1)));
        assertEquals("0x0", sprintf(ctx, "%p", v(pi, null)));
        NativeFunc f = (c, a) -> null;
        Type fn = new Type.Signature(java.util.List.of(), java.util.List.of(), false);
        String addr = sprintf(ctx, "%v", v(fn, f));
        assertEquals(true, addr.startsWith("0x"));
        assertEquals(Long.toString(Long.parseLong(addr.substring(2), 16)), sprintf(ctx, "%d", v(fn, f)));
    }
}
