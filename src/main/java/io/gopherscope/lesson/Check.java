package io.gopherscope.lesson;

import java.util.Map;

/**
 * One condition an exercise's run must meet: a SpEL {@code expression} over the {@link State}
 * model, evaluated as its {@code quantifier} says. The shorthand forms of the lesson files
 * ({@code stdout:}, {@code exit:}, {@code panic:}, {@code fatal:}) become END checks comparing
 * a field with {@code expected}, which the expression sees as {@code #expected}.
 *
 * @param names      per language, shown to the student when the check fails; has at least {@code en}
 * @param expected   the value of {@code #expected}, or null
 * @param feedback   the author's advice per language, shown when the check fails (may be empty)
 */
public record Check(Map<String, String> names, Quantifier quantifier, String expression, Object expected,
                    Map<String, String> feedback) {

    public Check {
        names = Map.copyOf(names);
        feedback = Map.copyOf(feedback);
        if (!names.containsKey(Texts.DEFAULT_LANG)) {
            throw new IllegalArgumentException("a check needs an English name");
        }
    }

    /** A check named the same in every language. */
    public static Check of(String name, Quantifier quantifier, String expression) {
        return new Check(Map.of(Texts.DEFAULT_LANG, name), quantifier, expression, null, Map.of());
    }

    /** The English name. */
    public String name() {
        return names.get(Texts.DEFAULT_LANG);
    }

    /** The name in {@code lang}, falling back to English. */
    public String name(String lang) {
        return Texts.pick(names, lang);
    }

    /** The author's advice in {@code lang}, falling back to English, or null. */
    public String feedback(String lang) {
        return Texts.pick(feedback, lang);
    }
}
