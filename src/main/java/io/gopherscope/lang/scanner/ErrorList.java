package io.gopherscope.lang.scanner;

import io.gopherscope.lang.token.Pos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects compile errors. Mirrors {@code go/scanner.ErrorList}, with gc's reporting rule on top:
 * {@link #sorted()} keeps at most one error per line (the first one reported for that line, as
 * gc's {@code base.ErrorfAt} drops later syntax errors on a line that already has one) and sorts
 * by position.
 */
public final class ErrorList {
    private final List<SyntaxError> errors = new ArrayList<>();

    public void add(int line, int col, String message) {
        errors.add(new SyntaxError(line, col, message));
    }

    public void add(Pos pos, String message) {
        add(pos.line(), pos.col(), message);
    }

    /** Adds every error of {@code other}, in its reporting order. */
    public void addAll(ErrorList other) {
        errors.addAll(other.errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Number of errors reported so far, before the one-per-line filtering. */
    public int size() {
        return errors.size();
    }

    /** All errors in reporting order, unfiltered. */
    public List<SyntaxError> raw() {
        return List.copyOf(errors);
    }

    /** The errors gc would print: first error of each line, sorted by line and column. */
    public List<SyntaxError> sorted() {
        List<SyntaxError> kept = new ArrayList<>();
        for (SyntaxError e : errors) {
            if (kept.stream().noneMatch(k -> k.line() == e.line())) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.naturalOrder());
        return List.copyOf(kept);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (SyntaxError e : sorted()) {
            sb.append(e).append('\n');
        }
        return sb.toString();
    }
}
