package io.gopherscope.lesson;

import java.util.List;
import java.util.Map;

/**
 * The result of checking a submission: passed or not, the failed checks (the first failing run
 * of each), and a message per language that names them.
 *
 * @param failures failed checks; empty when passed
 * @param expected for predictions, the computed right answer (the UI decides when to reveal it)
 * @param runs     how many runs were made
 */
public record Verdict(boolean passed, List<CheckOutcome> failures, Map<String, String> message, String expected,
                      int runs) {

    public Verdict {
        failures = List.copyOf(failures);
        message = Map.copyOf(message);
    }

    public String message(String lang) {
        return Texts.pick(message, lang);
    }
}
