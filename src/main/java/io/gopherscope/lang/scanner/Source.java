package io.gopherscope.lang.scanner;

/**
 * Character reader under the scanner, mirroring gc's {@code syntax/source.go}: the current
 * character {@code ch} with its 1-based line and byte column, and the reading errors gc reports
 * at this level ({@code invalid NUL character}, {@code invalid BOM in the middle of the file},
 * {@code invalid UTF-8 encoding}). The input is a Java String; columns are still counted in UTF-8
 * bytes, and an unpaired surrogate or U+FFFD (what a decoder leaves for bad bytes) counts as
 * invalid UTF-8.
 */
final class Source {
    static final int EOF = -1;

    // Input and error sink, fixed for the whole scan.
    private final String src;
    final ErrorList errors;

    // Reading position: ch is the current character, found at src index off (next is just past
    // it); line and col are its position, col in bytes.
    int ch = EOF;
    int off;
    private int next;
    int line = 1;
    int col = 0;

    Source(String src, ErrorList errors) {
        this.src = src;
        this.errors = errors;
        nextch();
        if (ch == 0xFEFF) {
            nextch(); // a BOM is allowed as the very first character only
        }
    }

    /** Advances to the next character, skipping (and reporting) NULs and misplaced BOMs as gc does. */
    void nextch() {
        for (;;) {
            if (ch == '\n') {
                line++;
                col = 1;
            } else if (ch != EOF) {
                col += Chars.utf8Len(ch);
            } else if (off == 0 && next == 0) {
                col = 1; // first call
            }
            off = next;
            if (off >= src.length()) {
                ch = EOF;
                return;
            }
            int c = src.codePointAt(off);
            next = off + Character.charCount(c);
            ch = c;
            if (c <= 0xFFFF && Character.isSurrogate((char) c) || c == 0xFFFD) {
                ch = 0xFFFD;
                error("invalid UTF-8 encoding");
                return;
            }
            if (c == 0) {
                error("invalid NUL character");
                continue;
            }
            if (c == 0xFEFF && off > 0) {
                error("invalid BOM in the middle of the file");
                continue;
            }
            return;
        }
    }

    /** The character after {@code ch}, without consuming anything. */
    int peek() {
        return next < src.length() ? src.codePointAt(next) : EOF;
    }

    boolean got(int c) {
        if (ch == c) {
            nextch();
            return true;
        }
        return false;
    }

    /** Source text from index {@code start} up to (excluding) the current character. */
    String segment(int start) {
        return src.substring(start, off);
    }

    /** Reports an error at the current character, as gc's {@code errorf}. */
    void error(String msg) {
        errors.add(line, col, msg);
    }

    static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }
}
