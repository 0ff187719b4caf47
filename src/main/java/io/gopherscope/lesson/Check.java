package io.gopherscope.lesson;

import java.util.Map;

/**
 * One condition an exercise's run must meet: a SpEL {@code expression} over the {@link State}
 * model, evaluated as its {@code quantifier} says. The shorthand forms of the lesson files
 * ({@code stdout:}, {@code exit:}, {@code panic:}, {@code fatal:}) become END checks comparing
 * a field with {@code expected}, which the expression sees as {@code #expected}.
 *
 * @param name       shown to the student when the check fails; never null
 * @param expected   the value of {@code #expected}, or null
 * @param feedback   the author's advice per language, shown when the check fails (may be empty)
 */
public record Check(String name, Quantifier quantifier, String expression, Object expected,
                    Map<String, String> feedback) {

    public Check {
        feedback = Map.copyOf(feedback);
    }

    /** The author's advice in {@code lang}, falling back to English, or null. */
    public String feedback(String lang) {
        return Texts.pick(feedback, lang);
    }
}
