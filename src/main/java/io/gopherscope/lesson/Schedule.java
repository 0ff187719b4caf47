package io.gopherscope.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A manual schedule: the choices a student made with "run this goroutine next". Each choice
 * says: after {@code step} steps, goroutine {@code goid} runs next (the engine's
 * {@code Session.choose}). At every other step the scheduler decides as Go's does.
 *
 * <p>Text form, one choice a line, {@code #} starts a comment:
 * <pre>
 * # after 4 steps, run goroutine 6; after 7 steps, run goroutine 7
 * 4 6
 * 7 7
 * </pre>
 */
public record Schedule(List<Choice> choices) {

    public record Choice(long step, long goid) {}

    public Schedule {
        choices = List.copyOf(choices);
    }

    public static final Schedule NONE = new Schedule(List.of());

    /** Parses the text form; steps must not decrease. */
    public static Schedule parse(String text) {
        List<Choice> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,]+");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                Choice c = new Choice(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                if (c.step() < 0 || (!out.isEmpty() && c.step() < out.get(out.size() - 1).step())) {
                    throw new IllegalArgumentException("schedule line " + (i + 1) + ": steps must not decrease");
                }
                out.add(c);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("schedule line " + (i + 1) + ": expected 'STEP GOID', got '" + line + "'");
            }
        }
        return new Schedule(out);
    }

    /** The text form. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Choice c : choices) {
            sb.append(c.step()).append(' ').append(c.goid()).append('\n');
        }
        return sb.toString();
    }
}
