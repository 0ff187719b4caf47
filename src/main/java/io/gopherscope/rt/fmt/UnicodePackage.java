package io.gopherscope.rt.fmt;

import io.gopherscope.lang.types.Basic;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The allow-listed surface of Go's {@code unicode} package: category predicates and simple case
 * mapping, answered from Java's Unicode tables by general category (Go 1.19 uses Unicode 13;
 * characters added later may differ).
 */
public final class UnicodePackage {
    private UnicodePackage() {
    }

    private static boolean valid(int r) {
        return r >= 0 && r <= GoStrings.MAX_RUNE;
    }

    private static boolean cat(int r, int... cats) {
        if (!valid(r)) return false;
        int t = Character.getType(r);
        for (int c : cats) {
            if (t == c) return true;
        }
        return false;
    }

    private static void pred(Package p, String name, IntPredicate f) {
        p.add(name, new Member.Func(StdTypes.sig(List.of(Basic.INT32), List.of(Basic.BOOL)),
                (c, a) -> f.test((int) ((Number) a[0]).longValue())));
    }

    private static void map(Package p, String name, IntUnaryOperator f) {
        p.add(name, new Member.Func(StdTypes.sig(List.of(Basic.INT32), List.of(Basic.INT32)), (c, a) -> {
            long r = ((Number) a[0]).longValue();
            return valid((int) r) && r == (int) r ? (long) f.applyAsInt((int) r) : r;
        }));
    }

    public static Package build() {
        Package p = new Package("unicode");
        pred(p, "IsUpper", r -> cat(r, Character.UPPERCASE_LETTER));
        pred(p, "IsLower", r -> cat(r, Character.LOWERCASE_LETTER));
        pred(p, "IsTitle", r -> cat(r, Character.TITLECASE_LETTER));
        pred(p, "IsLetter", r -> valid(r) && Character.isLetter(r));
        pred(p, "IsDigit", r -> cat(r, Character.DECIMAL_DIGIT_NUMBER));
        pred(p, "IsNumber", r -> cat(r, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER));
        pred(p, "IsSpace", StringOps::isSpace);
        pred(p, "IsPunct", r -> cat(r, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION));
        pred(p, "IsSymbol", r -> cat(r, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                Character.OTHER_SYMBOL));
        pred(p, "IsMark", r -> cat(r, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK));
        pred(p, "IsControl", r -> r >= 0 && r <= 0xFF && cat(r, Character.CONTROL));
        pred(p, "IsPrint", r -> r == ' ' || (r != ' ' && Quote.isPrint(r)));
        pred(p, "IsGraphic", Quote::isGraphic);
        map(p, "ToUpper", StringOps::upper);
        map(p, "ToLower", StringOps::lower);
        map(p, "ToTitle", Character::toTitleCase);
        p.add("MaxRune", new Member.Const(Basic.UNTYPED_RUNE, StdTypes.intConst((long) GoStrings.MAX_RUNE)));
        p.add("ReplacementChar", new Member.Const(Basic.UNTYPED_RUNE, StdTypes.intConst((long) GoStrings.RUNE_ERROR)));
        p.add("MaxASCII", new Member.Const(Basic.UNTYPED_RUNE, StdTypes.intConst(0x7FL)));
        p.add("MaxLatin1", new Member.Const(Basic.UNTYPED_RUNE, StdTypes.intConst(0xFFL)));
        return p;
    }
}
