package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;
import io.gopherscope.rt.Iface;

/**
 * Format-string interpretation (models {@code fmt/print.go}'s {@code doPrintf}, Go 1.19–1.24):
 * flags {@code # 0 + - space}, width and precision (also {@code *} from the operands),
 * explicit operand indexes {@code %[n]d}, and the error forms {@code %!d(MISSING)},
 * {@code %!d(BADINDEX)}, {@code %!(BADWIDTH)}, {@code %!(BADPREC)}, {@code %!(NOVERB)} and
 * {@code %!(EXTRA type=value, ...)}.
 */
final class Printf {
    private Printf() {
    }

    /** Widths and precisions above this are treated as malformed. */
    private static final int MAX_NUM = 1_000_000;

    private static boolean tooLarge(long x) {
        return x > MAX_NUM || x < -MAX_NUM;
    }

    /** Parses a decimal number at {@code s[start:end]}; returns {num, isnum(0/1), newi}. */
    private static int[] parsenum(String s, int start, int end) {
        if (start >= end) return new int[]{0, 0, end};
        int num = 0;
        boolean isnum = false;
        int i = start;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) return new int[]{0, 0, end}; // overflow; crazy long number most likely
            num = num * 10 + (s.charAt(i) - '0');
            isnum = true;
        }
        return new int[]{num, isnum ? 1 : 0, i};
    }

    /** The operand {@code a[argNum]} as an int width/precision: {num, isInt(0/1), newArgNum}. */
    private static int[] intFromArg(Object[] a, int argNum) {
        int newArgNum = argNum;
        long num = 0;
        boolean isInt = false;
        if (argNum < a.length) {
            if (a[argNum] instanceof Iface f && f.type().underlying() instanceof Basic b && b.isInteger()) {
                long n = ((Number) f.value()).longValue();
                if (!b.isUnsigned() || n >= 0) {
                    num = n;
                    isInt = true;
                }
            }
            newArgNum = argNum + 1;
            if (tooLarge(num)) {
                num = 0;
                isInt = false;
            }
        }
        return new int[]{(int) num, isInt ? 1 : 0, newArgNum};
    }

    /** Parses {@code [n]} at format[i:]: {index, width consumed, ok(0/1)}. */
    private static int[] parseArgNumber(String format, int i) {
        if (format.length() - i < 3) return new int[]{0, 1, 0};
        for (int j = i + 1; j < format.length(); j++) {
            if (format.charAt(j) == ']') {
                int[] n = parsenum(format, i + 1, j);
                if (n[1] == 0 || n[2] != j) return new int[]{0, j - i + 1, 0};
                return new int[]{n[0] - 1, j - i + 1, 1};
            }
        }
        return new int[]{0, 1, 0};
    }

    /** Mutable parse state of one doPrintf. */
    private static final class State {
        int argNum;
        int i;
        boolean afterIndex;
        boolean reordered;
        boolean goodArgNum;
    }

    private static void argNumber(State st, String format, int numArgs) {
        if (format.length() <= st.i || format.charAt(st.i) != '[') {
            st.afterIndex = false;
            return;
        }
        st.reordered = true;
        int[] r = parseArgNumber(format, st.i);
        if (r[2] == 1 && 0 <= r[0] && r[0] < numArgs) {
            st.argNum = r[0];
            st.i += r[1];
            st.afterIndex = true;
            return;
        }
        st.goodArgNum = false;
        st.i += r[1];
        st.afterIndex = r[2] == 1;
    }

    static void doPrintf(Printer p, String format, Object[] a) {
        Fmt f = p.fmt;
        StringBuilder buf = p.buf;
        int end = format.length();
        State st = new State();
        formatLoop:
        while (st.i < end) {
            st.goodArgNum = true;
            int lasti = st.i;
            while (st.i < end && format.charAt(st.i) != '%') st.i++;
            if (st.i > lasti) buf.append(format, lasti, st.i);
            if (st.i >= end) break;
            st.i++; // skip %
            f.clearflags();
            simpleFormat:
            for (; st.i < end; st.i++) {
                char c = format.charAt(st.i);
                switch (c) {
                    case '#' -> f.sharp = true;
                    case '0' -> f.zero = true;
                    case '+' -> f.plus = true;
                    case '-' -> f.minus = true;
                    case ' ' -> f.space = true;
                    default -> {
                        // fast path: a lower-case verb with no width, precision or index
                        if ('a' <= c && c <= 'z' && st.argNum < a.length) {
                            if (c == 'w' && p.ctx.goMinor() >= 20) p.wrappedErrs.add(st.argNum);
                            if (c == 'v' || (c == 'w' && p.ctx.goMinor() >= 20)) {
                                f.sharpV = f.sharp;
                                f.sharp = false;
                                f.plusV = f.plus;
                                f.plus = false;
                            }
                            p.printArg(a[st.argNum], c);
                            st.argNum++;
                            st.i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }

            // an explicit operand index?
            argNumber(st, format, a.length);

            // width
            if (st.i < end && format.charAt(st.i) == '*') {
                st.i++;
                int[] r = intFromArg(a, st.argNum);
                f.wid = r[0];
                f.widPresent = r[1] == 1;
                st.argNum = r[2];
                if (!f.widPresent) buf.append("%!(BADWIDTH)");
                if (f.wid < 0) {
                    // a negative width means '-' and no zero padding
                    f.wid = -f.wid;
                    f.minus = true;
                    f.zero = false;
                }
                st.afterIndex = false;
            } else {
                int[] r = parsenum(format, st.i, end);
                f.wid = r[0];
                f.widPresent = r[1] == 1;
                st.i = r[2];
                if (st.afterIndex && f.widPresent) st.goodArgNum = false; // "%[3]2d"
            }

            // precision
            if (st.i + 1 < end && format.charAt(st.i) == '.') {
                st.i++;
                if (st.afterIndex) st.goodArgNum = false; // "%[3].2d"
                argNumber(st, format, a.length);
                if (st.i < end && format.charAt(st.i) == '*') {
                    st.i++;
                    int[] r = intFromArg(a, st.argNum);
                    f.prec = r[0];
                    f.precPresent = r[1] == 1;
                    st.argNum = r[2];
                    if (f.prec < 0) {
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent) buf.append("%!(BADPREC)");
                    st.afterIndex = false;
                } else {
                    int[] r = parsenum(format, st.i, end);
                    f.prec = r[0];
                    f.precPresent = r[1] == 1;
                    st.i = r[2];
                    if (!f.precPresent) {
                        f.prec = 0;
                        f.precPresent = true;
                    }
                }
            }

            if (!st.afterIndex) argNumber(st, format, a.length);

            if (st.i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }

            long d = GoStrings.decodeRune(format, st.i);
            int verb = GoStrings.rune(d);
            st.i += GoStrings.size(d);

            if (verb == '%') {
                buf.append('%'); // percent does not absorb operands and ignores width and precision
            } else if (!st.goodArgNum) {
                buf.append("%!");
                GoStrings.appendRune(buf, verb);
                buf.append("(BADINDEX)");
            } else if (st.argNum >= a.length) {
                buf.append("%!");
                GoStrings.appendRune(buf, verb);
                buf.append("(MISSING)");
            } else {
                if (verb == 'w' && p.ctx.goMinor() >= 20) p.wrappedErrs.add(st.argNum);
                if (verb == 'v' || (verb == 'w' && p.ctx.goMinor() >= 20)) {
                    f.sharpV = f.sharp;
                    f.sharp = false;
                    f.plusV = f.plus;
                    f.plus = false;
                }
                p.printArg(a[st.argNum], verb);
                st.argNum++;
            }
        }
        p.reordered = st.reordered;

        // extra operands, unless the format reordered them
        if (!st.reordered && st.argNum < a.length) {
            f.clearflags();
            buf.append("%!(EXTRA ");
            for (int k = st.argNum; k < a.length; k++) {
                if (k > st.argNum) buf.append(", ");
                Object arg = a[k];
                if (arg == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(((Iface) arg).type()).append('=');
                    p.printArg(arg, 'v');
                }
            }
            buf.append(')');
        }
    }
}
