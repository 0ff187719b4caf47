package io.gopherscope.lesson;

import java.util.List;

/**
 * How a prediction's right answer is computed: the SpEL {@code value} evaluated over the
 * program's own run, at the end or, with {@code when}, at the first snapshot where {@code when}
 * holds. Never a hand-typed answer.
 *
 * @param type    how a student's answer is compared with the computed one
 * @param options the choices offered for {@link Type#CHOICE}; empty otherwise
 */
public record Answer(String value, String when, Type type, List<String> options) {

    public Answer {
        options = List.copyOf(options);
    }

    public enum Type {
        /** An integer or decimal number; "848" and "848.0" are equal. */
        NUMBER,
        /** Free text (an output, a list), compared with every run of whitespace as one space. */
        TEXT,
        /** One of {@code options}, compared ignoring case and surrounding spaces. */
        CHOICE;

        static Type parse(String s) {
            return switch (s) {
                case "number" -> NUMBER;
                case "text" -> TEXT;
                case "choice" -> CHOICE;
                default -> throw new IllegalArgumentException("unknown answer type '" + s + "' (use number, text or choice)");
            };
        }
    }
}
