package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;

import java.util.Map;

/**
 * How one check fared in one run.
 *
 * @param detail what happened, per language ({@code en}, {@code zh}); empty when it passed
 * @param config the run (seed, GOMAXPROCS, Go version) the outcome belongs to
 */
public record CheckOutcome(Check check, boolean passed, Map<String, String> detail, RunConfig config) {

    public CheckOutcome {
        detail = Map.copyOf(detail);
    }

    public String detail(String lang) {
        return Texts.pick(detail, lang);
    }
}
