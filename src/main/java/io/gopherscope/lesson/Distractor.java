package io.gopherscope.lesson;

import java.util.Map;

/**
 * A tempting wrong answer to a prediction, with advice for the student who gives it (for
 * example the "1.25× growth" myth). {@code lessons check} verifies that it is indeed wrong.
 */
public record Distractor(String answer, Map<String, String> feedback) {

    public Distractor {
        feedback = Map.copyOf(feedback);
    }

    public String feedback(String lang) {
        return Texts.pick(feedback, lang);
    }
}
