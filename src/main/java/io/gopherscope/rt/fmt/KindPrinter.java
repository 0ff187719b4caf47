package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.lang.types.Type;
import io.gopherscope.rt.Addressed;
import io.gopherscope.rt.Pointer;
import io.gopherscope.rt.slices.Slice;

/**
 * Formatting of one value by kind for the {@link Printer} (models the {@code fmtBool},
 * {@code fmtInteger}, {@code fmtFloat}, {@code fmtString}, {@code fmtBytes} and {@code fmtPointer}
 * methods of {@code fmt/print.go}): picks the base, precision and form for the verb, or reports
 * a bad verb.
 */
final class KindPrinter {
    private final Printer p;

    KindPrinter(Printer p) {
        this.p = p;
    }

    void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') p.fmt.fmtBoolean(v);
        else p.badVerb(verb);
    }

    /** {@code 0x...} with or without the prefix, by temporarily setting '#'. */
    void fmt0x64(long v, boolean leading0x) {
        boolean sharp = p.fmt.sharp;
        p.fmt.sharp = leading0x;
        p.fmt.fmtInteger(v, 16, false, 'v', Fmt.LDIGITS);
        p.fmt.sharp = sharp;
    }

    void fmtInteger(long v, boolean isSigned, int verb) {
        switch (verb) {
            case 'v' -> {
                if (p.fmt.sharpV && !isSigned) fmt0x64(v, true);
                else p.fmt.fmtInteger(v, 10, isSigned, 'v', Fmt.LDIGITS);
            }
            case 'd' -> p.fmt.fmtInteger(v, 10, isSigned, 'd', Fmt.LDIGITS);
            case 'b' -> p.fmt.fmtInteger(v, 2, isSigned, 'b', Fmt.LDIGITS);
            case 'o', 'O' -> p.fmt.fmtInteger(v, 8, isSigned, (char) verb, Fmt.LDIGITS);
            case 'x' -> p.fmt.fmtInteger(v, 16, isSigned, 'x', Fmt.LDIGITS);
            case 'X' -> p.fmt.fmtInteger(v, 16, isSigned, 'X', Fmt.UDIGITS);
            case 'c' -> p.fmt.fmtC(v);
            case 'q' -> p.fmt.fmtQc(v);
            case 'U' -> p.fmt.fmtUnicode(v);
            default -> p.badVerb(verb);
        }
    }

    void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> p.fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> p.fmt.fmtFloat(v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> p.fmt.fmtFloat(v, size, (char) verb, 6);
            case 'F' -> p.fmt.fmtFloat(v, size, 'f', 6);
            default -> p.badVerb(verb);
        }
    }

    /** Complex values, if the VM represents them as {@code double[]{re, im}}. */
    void fmtComplex(Object v, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                double[] c = (double[]) v;
                boolean oldPlus = p.fmt.plus;
                p.buf.append('(');
                fmtFloat(c[0], size / 2, verb);
                p.fmt.plus = true; // the imaginary part always has a sign
                fmtFloat(c[1], size / 2, verb);
                p.buf.append("i)");
                p.fmt.plus = oldPlus;
            }
            default -> p.badVerb(verb);
        }
    }

    void fmtString(String v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (p.fmt.sharpV) p.fmt.fmtQ(v);
                else p.fmt.fmtS(v);
            }
            case 's' -> p.fmt.fmtS(v);
            case 'x' -> p.fmt.fmtSbx(v, Fmt.LDIGITS);
            case 'X' -> p.fmt.fmtSbx(v, Fmt.UDIGITS);
            case 'q' -> p.fmt.fmtQ(v);
            default -> p.badVerb(verb);
        }
    }

    /** []byte (or [N]byte) values: numbers for %v/%d, the bytes as a string for %s %q %x %X. */
    void fmtBytes(Object v, int verb, String typeString, Type t) {
        String bytes = StdTypes.bytesOf(v);
        switch (verb) {
            case 'v', 'd' -> {
                if (p.fmt.sharpV) {
                    p.buf.append(typeString);
                    if (v == null && t.underlying() instanceof Type.Slice) {
                        p.buf.append("(nil)");
                        return;
                    }
                    p.buf.append('{');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) p.buf.append(", ");
                        fmt0x64(bytes.charAt(i), true);
                    }
                    p.buf.append('}');
                } else {
                    p.buf.append('[');
                    for (int i = 0; i < bytes.length(); i++) {
                        if (i > 0) p.buf.append(' ');
                        p.fmt.fmtInteger(bytes.charAt(i), 10, false, (char) verb, Fmt.LDIGITS);
                    }
                    p.buf.append(']');
                }
            }
            case 's' -> p.fmt.fmtS(bytes);
            case 'x' -> p.fmt.fmtSbx(bytes, Fmt.LDIGITS);
            case 'X' -> p.fmt.fmtSbx(bytes, Fmt.UDIGITS);
            case 'q' -> p.fmt.fmtQ(bytes);
            default -> p.printList(v, t, Basic.UINT8, verb, 0, true);
        }
    }


    /** Pointers, channels, funcs, maps, slices: their address. */
    void fmtPointer(Object v, Type t, int verb) {
        Type u = t.underlying();
        boolean ok = u instanceof Type.Chan || u instanceof Type.Signature || u instanceof Type.Map
                || u instanceof Type.Pointer || u instanceof Type.Slice
                || (u instanceof Basic b && b.kind == Basic.Kind.UNSAFE_POINTER);
        if (!ok) {
            p.badVerb(verb);
            return;
        }
        long addr = addressOf(v);
        switch (verb) {
            case 'v' -> {
                if (p.fmt.sharpV) {
                    p.buf.append('(').append(t).append(")(");
                    if (addr == 0) p.buf.append("nil");
                    else fmt0x64(addr, true);
                    p.buf.append(')');
                } else if (addr == 0) {
                    p.fmt.pad("<nil>");
                } else {
                    fmt0x64(addr, !p.fmt.sharp);
                }
            }
            case 'p' -> fmt0x64(addr, !p.fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(addr, false, verb);
            default -> p.badVerb(verb);
        }
    }

    /** The simulated address of a reference value (0 for nil). */
    static long addressOf(Object v) {
        if (v == null) return 0;
        if (v instanceof Pointer p) return p.addr();
        if (v instanceof Slice s) return s.ptr();
        if (v instanceof Addressed a) return a.addr();
        if (v instanceof Number n) return n.longValue();
        // a native function value has no simulated address: a fixed text-segment-like one keeps runs deterministic
        return 0x47e0a0L;
    }
}
