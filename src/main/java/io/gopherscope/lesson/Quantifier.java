package io.gopherscope.lesson;

/** Where along a run a check's condition is evaluated. */
public enum Quantifier {
    /** Once, on the state when the program ended (see {@link State#isEnded()}). */
    END("end"),
    /** At least one snapshot of the run satisfies the condition. */
    EVENTUALLY("eventually"),
    /** Every snapshot of the run satisfies the condition. */
    ALWAYS("always"),
    /** No snapshot of the run satisfies the condition. */
    NEVER("never");

    private final String yamlName;

    Quantifier(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
