package io.gopherscope.lang.scanner;

import io.gopherscope.lang.token.Token;
import io.gopherscope.lang.token.TokenKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Table tests for the scanner, after {@code go/scanner}'s scanner_test.go: token streams,
 * semicolon insertion, byte columns, literal decoding and gc's lexical error messages.
 */
class ScannerTest {

    /** Tokens rendered compactly: names, keywords, literals and operators as written; ";newline" for semicolons. */
    private static String scan(String src) {
        ErrorList errors = new ErrorList();
        String tokens = Scanner.scanAll(src, errors).stream().map(ScannerTest::render).collect(Collectors.joining(" "));
        assertTrue(errors.isEmpty(), () -> "unexpected errors for " + src + ": " + errors);
        return tokens;
    }

    private static String render(Token t) {
        return switch (t.kind()) {
            case SEMICOLON -> ";" + t.text();
            case EOF -> "EOF";
            default -> t.text();
        };
    }

    private static final String[][] TOKENS = {
        {"x := 1", "x := 1 ;EOF EOF"},
        {"a.b(c, d...)", "a . b ( c , d ... ) ;EOF EOF"},
        {"x+=1; y-=2; z*=3; w/=4; v%=5", "x += 1 ;semicolon y -= 2 ;semicolon z *= 3 ;semicolon w /= 4 ;semicolon v %= 5 ;EOF EOF"},
        {"a &^= b <<= c >>= d &= e |= f ^= g", "a &^= b <<= c >>= d &= e |= f ^= g ;EOF EOF"},
        {"a && b || !c &^ d << e >> f", "a && b || ! c &^ d << e >> f ;EOF EOF"},
        {"a == b != c <= d >= e < f > g", "a == b != c <= d >= e < f > g ;EOF EOF"},
        {"ch <- <-ch", "ch <- <- ch ;EOF EOF"},
        {"[]int{1}[0]", "[ ] int { 1 } [ 0 ] ;EOF EOF"},
        {"func f() {}", "func f ( ) { } ;EOF EOF"},
        {"break continue fallthrough return", "break continue fallthrough return ;EOF EOF"},
        {"chan map struct interface select switch case default", "chan map struct interface select switch case default EOF"},
        {"~int", "~ int ;EOF EOF"},
        {"... .5 .", "... .5 . EOF"},
        {"x.y", "x . y ;EOF EOF"},
        {"héllo wörld", "héllo wörld ;EOF EOF"},
        {"_x9 π", "_x9 π ;EOF EOF"},
        {"0 123 0x1F 0XaB 0o17 0O7 0b101 0B1 0777 1_000_000 0x_FF", "0 123 0x1F 0XaB 0o17 0O7 0b101 0B1 0777 1_000_000 0x_FF ;EOF EOF"},
        {"1.5 1. .25 1e10 1E-5 1.5e+3 0x1p-2 0x1.8P3 0X.8p0", "1.5 1. .25 1e10 1E-5 1.5e+3 0x1p-2 0x1.8P3 0X.8p0 ;EOF EOF"},
        {"2i 1.5i 0x1p2i 0123i", "2i 1.5i 0x1p2i 0123i ;EOF EOF"},
        {"'a' '\\n' '\\x41' '\\101' '\\u00e9' '\\U0001F600' '\\'' 'é'",
            "'a' '\\n' '\\x41' '\\101' '\\u00e9' '\\U0001F600' '\\'' 'é' ;EOF EOF"},
        {"\"a\\tb\\\"c\" `raw\\n`", "\"a\\tb\\\"c\" `raw\\n` ;EOF EOF"},
    };

    private static final String[][] SEMICOLONS = {
        {"x\n", "x ;newline EOF"},
        {"x", "x ;EOF EOF"},
        {"1\n", "1 ;newline EOF"},
        {"1.5\n", "1.5 ;newline EOF"},
        {"'a'\n", "'a' ;newline EOF"},
        {"\"s\"\n", "\"s\" ;newline EOF"},
        {"`s`\n", "`s` ;newline EOF"},
        {"break\n", "break ;newline EOF"},
        {"continue\n", "continue ;newline EOF"},
        {"fallthrough\n", "fallthrough ;newline EOF"},
        {"return\n", "return ;newline EOF"},
        {"x++\n", "x ++ ;newline EOF"},
        {"x--\n", "x -- ;newline EOF"},
        {")\n", ") ;newline EOF"},
        {"]\n", "] ;newline EOF"},
        {"}\n", "} ;newline EOF"},
        {"+\n", "+ EOF"},
        {"func\n", "func EOF"},
        {"if\n", "if EOF"},
        {"(\n", "( EOF"},
        {",\n", ", EOF"},
        {"\n\nx\n\n", "x ;newline EOF"},
        {"x // comment\n", "x ;newline EOF"},
        {"x // comment", "x ;EOF EOF"},
        {"x /* comment */\n", "x ;newline EOF"},
        {"x /* comment */ y", "x y ;EOF EOF"},
        {"x /* multi\nline */ y", "x ;newline y ;EOF EOF"},
        {"+ /* multi\nline */ y", "+ y ;EOF EOF"},
        {"x;y", "x ;semicolon y ;EOF EOF"},
        {"x\r\ny\r\n", "x ;newline y ;newline EOF"},
        {"return x\n", "return x ;newline EOF"},
    };

    @TestFactory
    Stream<DynamicTest> tokens() {
        return Stream.concat(Stream.of(TOKENS), Stream.of(SEMICOLONS))
                .map(c -> dynamicTest(c[0].replace("\n", "\\n"), () -> assertEquals(c[1], scan(c[0]))));
    }

    @Test
    void tokenKinds() {
        ErrorList errors = new ErrorList();
        List<Token> ts = Scanner.scanAll("x 1 1.0 1i 'a' \"s\" for", errors);
        assertEquals(List.of(TokenKind.IDENT, TokenKind.INT, TokenKind.FLOAT, TokenKind.IMAG, TokenKind.CHAR,
                TokenKind.STRING, TokenKind.FOR, TokenKind.EOF), ts.stream().map(Token::kind).toList());
    }

    /** Columns count UTF-8 bytes, as gc does. */
    @Test
    void positionsAreByteColumns() {
        ErrorList errors = new ErrorList();
        List<Token> ts = Scanner.scanAll("\"é\" x\n\ty := `a\nbc` z", errors);
        assertEquals("1:1", ts.get(0).pos().toString());
        assertEquals("1:6", ts.get(1).pos().toString()); // "é" is 4 bytes, then a space
        assertEquals("1:7", ts.get(2).pos().toString()); // the newline itself
        assertEquals("2:2", ts.get(3).pos().toString()); // after a tab (1 byte)
        assertEquals("3:5", ts.get(6).pos().toString()); // after a raw string spanning lines
        List<Token> bom = Scanner.scanAll("\uFEFFx", errors);
        assertEquals("1:4", bom.get(0).pos().toString());
        List<Token> emoji = Scanner.scanAll("\"😀\" x", errors);
        assertEquals("1:8", emoji.get(1).pos().toString()); // U+1F600 is 4 bytes
        assertTrue(errors.isEmpty(), errors::toString);
    }

    private static final String[][] ERRORS = {
        {"@", "1:1: invalid character U+0040 '@'"},
        {"x $", "1:3: invalid character U+0024 '$'"},
        {"x := \"abc", "1:6: string not terminated"},
        {"x := `abc", "1:6: string not terminated"},
        {"\"a\n", "1:3: newline in string"},
        {"/* abc", "1:1: comment not terminated"},
        {"'ab'", "1:1: more than one character in rune literal"},
        {"''", "1:2: empty rune literal or unescaped '"},
        {"'a", "1:1: rune literal not terminated"},
        {"'\n", "1:2: newline in rune literal"},
        {"\"\\q\"", "1:3: unknown escape"},
        {"'\\\"'", "1:3: unknown escape"},
        {"\"\\xZZ\"", "1:4: invalid character 'Z' in hexadecimal escape"},
        {"\"\\x4\"", "1:5: invalid character '\"' in hexadecimal escape"},
        {"\"\\400\"", "1:6: octal escape value 256 > 255"},
        {"\"\\18\"", "1:4: invalid character '8' in octal escape"},
        {"\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800"},
        {"'\\U00110000'", "1:12: escape is invalid Unicode code point U+110000"},
        {"08", "1:2: invalid digit '8' in octal literal"},
        {"0b12", "1:4: invalid digit '2' in binary literal"},
        {"0o8", "1:3: invalid digit '8' in octal literal"},
        {"1__0", "1:3: '_' must separate successive digits"},
        {"1_", "1:2: '_' must separate successive digits"},
        {"0x", "1:3: hexadecimal literal has no digits"},
        {"0b", "1:3: binary literal has no digits"},
        {"1e", "1:3: exponent has no digits"},
        {"1e+", "1:4: exponent has no digits"},
        {"0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent"},
        {"0b1.0", "1:4: invalid radix point in binary literal"},
        {"0x1e3p", "1:7: exponent has no digits"},
        {"1p3", "1:2: 'p' exponent requires hexadecimal mantissa"},
        {"0x1e", ""},
        {"x\u0000y", "1:2: invalid NUL character"},
        {"x\uFEFFy", "1:2: invalid BOM in the middle of the file"},
        {"a\uFFFD", "1:2: invalid UTF-8 encoding"},
        {"x := é€", "1:8: invalid character U+20AC '€' in identifier"},
        {"\u00a0", "1:1: invalid character U+00A0 in identifier"},
        {"\u0663", "1:1: identifier cannot begin with digit U+0663 '\u0663'"},
        {"@\n#", "1:1: invalid character U+0040 '@'\n2:1: invalid character U+0023 '#'"},
        {"@ #", "1:1: invalid character U+0040 '@'"},
    };

    @TestFactory
    Stream<DynamicTest> errors() {
        return Stream.of(ERRORS).map(c -> dynamicTest(c[0].replace("\n", "\\n"), () -> {
            ErrorList errors = new ErrorList();
            Scanner.scanAll(c[0], errors);
            assertEquals(c[1], errors.toString().strip());
        }));
    }

    @Test
    void unquoteString() {
        assertEquals("abc", Literals.unquoteString("\"abc\""));
        assertEquals("\u00c3\u00a9", Literals.unquoteString("\"é\""));
        assertEquals("\u00ff", Literals.unquoteString("\"\\xff\""));
        assertEquals("\u00c3\u00a9", Literals.unquoteString("\"\\u00e9\""));
        assertEquals("\u00f0\u009f\u0098\u0080", Literals.unquoteString("\"\\U0001F600\""));
        assertEquals("\u00f0\u009f\u0098\u0080", Literals.unquoteString("\"😀\""));
        assertEquals("A", Literals.unquoteString("\"\\101\""));
        assertEquals("\u0007\b\f\n\r\t\u000b\\\"", Literals.unquoteString("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""));
        assertEquals("a\nb", Literals.unquoteString("`a\r\nb`"));
        assertEquals("\\n", Literals.unquoteString("`\\n`"));
        assertEquals("", Literals.unquoteString("\"\""));
    }

    @Test
    void unquoteRune() {
        assertEquals('a', Literals.unquoteRune("'a'"));
        assertEquals('\n', Literals.unquoteRune("'\\n'"));
        assertEquals(0x41, Literals.unquoteRune("'\\x41'"));
        assertEquals(0x41, Literals.unquoteRune("'\\101'"));
        assertEquals(0xFF, Literals.unquoteRune("'\\xff'"));
        assertEquals(0xE9, Literals.unquoteRune("'\\u00e9'"));
        assertEquals(0xE9, Literals.unquoteRune("'é'"));
        assertEquals(0x1F600, Literals.unquoteRune("'\\U0001F600'"));
        assertEquals(0x1F600, Literals.unquoteRune("'😀'"));
        assertEquals('\'', Literals.unquoteRune("'\\''"));
        assertEquals('\\', Literals.unquoteRune("'\\\\'"));
    }

    @Test
    void parseInt() {
        assertEquals(BigInteger.valueOf(31), Literals.parseInt("0x1F"));
        assertEquals(BigInteger.valueOf(255), Literals.parseInt("0X_FF"));
        assertEquals(BigInteger.valueOf(15), Literals.parseInt("0o17"));
        assertEquals(BigInteger.valueOf(15), Literals.parseInt("017"));
        assertEquals(BigInteger.valueOf(5), Literals.parseInt("0b101"));
        assertEquals(BigInteger.valueOf(1000), Literals.parseInt("1_000"));
        assertEquals(BigInteger.ZERO, Literals.parseInt("0"));
        assertEquals(new BigInteger("18446744073709551616"), Literals.parseInt("18446744073709551616"));
    }

    @Test
    void parseFloat() {
        assertEquals(0, new BigDecimal("1500").compareTo(Literals.parseFloat("1.5e3")));
        assertEquals(0, new BigDecimal("0.25").compareTo(Literals.parseFloat("0x1p-2")));
        assertEquals(0, new BigDecimal("3").compareTo(Literals.parseFloat("0x1.8p1")));
        assertEquals(0, new BigDecimal("0.5").compareTo(Literals.parseFloat("0X.8p0")));
        assertEquals(0, new BigDecimal("0.5").compareTo(Literals.parseFloat(".5")));
        assertEquals(0, new BigDecimal("1").compareTo(Literals.parseFloat("1.")));
        assertEquals(0, new BigDecimal("10.25").compareTo(Literals.parseFloat("1_0.2_5")));
        assertEquals(0, new BigDecimal("0.001").compareTo(Literals.parseFloat("1e-3")));
        assertEquals(0, new BigDecimal("2").compareTo(Literals.parseFloat("2i")));
        assertEquals(0, new BigDecimal("123").compareTo(Literals.parseFloat("0123i")));
        assertEquals(0, new BigDecimal("31").compareTo(Literals.parseFloat("0x1F")));
        assertEquals(0, new BigDecimal("0.1").compareTo(Literals.parseFloat("0.1")));
    }
}
