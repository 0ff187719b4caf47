package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.GoPanic;
import io.gopherscope.rt.slices.Slice;

import java.util.List;

/**
 * The allow-listed surface of Go's {@code unicode/utf8} package (models {@code utf8.go},
 * Go 1.19–1.24) on top of {@link GoStrings}.
 */
public final class Utf8Package {
    private Utf8Package() {
    }

    private static final Type S = Basic.STRING;
    private static final Type I = Basic.INT;
    private static final Type R = Basic.INT32;
    private static final Type B = Basic.BOOL;
    private static final Type BS = StdTypes.BYTE_SLICE;

    private static Object[] pair(long d) {
        return new Object[]{(long) GoStrings.rune(d), (long) GoStrings.size(d)};
    }

    public static Package build() {
        Package p = new Package("unicode/utf8");
        p.add("RuneCountInString", new Member.Func(StdTypes.sig(List.of(S), List.of(I)),
                (c, a) -> (long) GoStrings.runeCount((String) a[0])));
        p.add("RuneCount", new Member.Func(StdTypes.sig(List.of(BS), List.of(I)),
                (c, a) -> (long) GoStrings.runeCount(StdTypes.bytesOf(a[0]))));
        p.add("RuneLen", new Member.Func(StdTypes.sig(List.of(R), List.of(I)),
                (c, a) -> (long) GoStrings.runeLen(((Number) a[0]).longValue())));
        p.add("DecodeRuneInString", new Member.Func(StdTypes.sig(List.of(S), List.of(R, I)),
                (c, a) -> pair(GoStrings.decodeRune((String) a[0], 0))));
        p.add("DecodeRune", new Member.Func(StdTypes.sig(List.of(BS), List.of(R, I)),
                (c, a) -> pair(GoStrings.decodeRune(StdTypes.bytesOf(a[0]), 0))));
        p.add("DecodeLastRuneInString", new Member.Func(StdTypes.sig(List.of(S), List.of(R, I)),
                (c, a) -> pair(GoStrings.decodeLastRune((String) a[0], ((String) a[0]).length()))));
        p.add("DecodeLastRune", new Member.Func(StdTypes.sig(List.of(BS), List.of(R, I)), (c, a) -> {
            String s = StdTypes.bytesOf(a[0]);
            return pair(GoStrings.decodeLastRune(s, s.length()));
        }));
        p.add("ValidString", new Member.Func(StdTypes.sig(List.of(S), List.of(B)), (c, a) -> GoStrings.valid((String) a[0])));
        p.add("Valid", new Member.Func(StdTypes.sig(List.of(BS), List.of(B)), (c, a) -> GoStrings.valid(StdTypes.bytesOf(a[0]))));
        p.add("ValidRune", new Member.Func(StdTypes.sig(List.of(R), List.of(B)),
                (c, a) -> GoStrings.validRune(((Number) a[0]).longValue())));
        p.add("RuneStart", new Member.Func(StdTypes.sig(List.of(Basic.UINT8), List.of(B)),
                (c, a) -> (((Number) a[0]).longValue() & 0xC0) != 0x80));
        p.add("FullRuneInString", new Member.Func(StdTypes.sig(List.of(S), List.of(B)), (c, a) -> {
            String s = (String) a[0];
            long d = GoStrings.decodeRune(s, 0);
            if (GoStrings.size(d) != 1 || GoStrings.rune(d) != GoStrings.RUNE_ERROR) return !s.isEmpty();
            return !s.isEmpty() && s.length() >= needed(s.charAt(0));
        }));
        p.add("EncodeRune", new Member.Func(StdTypes.sig(List.of(BS, R), List.of(I)), (c, a) -> {
            Slice dst = (Slice) a[0];
            String enc = GoStrings.encodeRune(((Number) a[1]).longValue());
            int len = dst == null ? 0 : dst.len;
            if (len < enc.length()) {
                throw GoPanic.bounds("index out of range [" + (enc.length() - 1) + "] with length " + len);
            }
            for (int i = 0; i < enc.length(); i++) dst.set(i, (long) enc.charAt(i));
            return (long) enc.length();
        }));
        p.add("RuneError", new Member.Const(Basic.UNTYPED_RUNE, StdTypes.intConst((long) GoStrings.RUNE_ERROR)));
        p.add("RuneSelf", new Member.Const(Basic.UNTYPED_INT, StdTypes.intConst(0x80L)));
        p.add("MaxRune", new Member.Const(Basic.UNTYPED_RUNE, StdTypes.intConst((long) GoStrings.MAX_RUNE)));
        p.add("UTFMax", new Member.Const(Basic.UNTYPED_INT, StdTypes.intConst(4L)));
        return p;
    }

    /** Bytes a sequence starting with b needs (for invalid starts: 1). */
    private static int needed(char b) {
        if (b >= 0xF0 && b <= 0xF4) return 4;
        if (b >= 0xE0) return b <= 0xEF ? 3 : 1;
        if (b >= 0xC2) return 2;
        return 1;
    }
}
