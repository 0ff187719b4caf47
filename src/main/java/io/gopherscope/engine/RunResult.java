package io.gopherscope.engine;

/**
 * The outcome of a finished run, as {@code go run} would show it.
 *
 * @param stdout   program output (Go byte string decoded as UTF-8)
 * @param stderr   panics, fatal errors, compile errors, limit messages
 * @param exitCode 0, 1 (compile error), 2 (panic / fatal error) or the os.Exit code
 * @param steps    number of steps executed
 * @param limit    the name of the budget that ended the run ("steps", "wall time", ...), or null
 */
public record RunResult(String stdout, String stderr, int exitCode, long steps, String limit) {
}
