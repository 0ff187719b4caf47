package io.gopherscope.engine;

/**
 * Everything that determines a run: with the same config (and the same scheduling choices) the
 * engine produces the same steps bit for bit.
 *
 * @param fileName   name used in compile errors ({@code prog.go:3:5: ...})
 * @param goVersion  "1.19" ... "1.24"; decides version-dependent behaviour
 * @param maxSteps   step budget; exceeding it ends the run with a limit message
 * @param maxOutputBytes output budget (stdout + stderr)
 * @param maxHeapBytes simulated heap budget
 * @param maxGoroutines live goroutine budget
 * @param wallMillis wall-clock budget for a whole run (0 = none)
 */
public record RunConfig(String fileName, String source, String goVersion, long seed, int maxProcs,
                        long maxSteps, long maxOutputBytes, long maxHeapBytes, int maxGoroutines,
                        long wallMillis) {

    public static final String DEFAULT_GO = "1.23";

    public static RunConfig of(String fileName, String source) {
        return new RunConfig(fileName, source, DEFAULT_GO, 1, 1, 50_000_000L, 1 << 20, 256L << 20, 10_000, 0);
    }

    public RunConfig withGo(String v) {
        return new RunConfig(fileName, source, v, seed, maxProcs, maxSteps, maxOutputBytes, maxHeapBytes, maxGoroutines, wallMillis);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(fileName, source, goVersion, s, maxProcs, maxSteps, maxOutputBytes, maxHeapBytes, maxGoroutines, wallMillis);
    }

    public RunConfig withMaxProcs(int p) {
        return new RunConfig(fileName, source, goVersion, seed, p, maxSteps, maxOutputBytes, maxHeapBytes, maxGoroutines, wallMillis);
    }

    public RunConfig withMaxSteps(long n) {
        return new RunConfig(fileName, source, goVersion, seed, maxProcs, n, maxOutputBytes, maxHeapBytes, maxGoroutines, wallMillis);
    }

    public RunConfig withWallMillis(long ms) {
        return new RunConfig(fileName, source, goVersion, seed, maxProcs, maxSteps, maxOutputBytes, maxHeapBytes, maxGoroutines, ms);
    }

    /** The minor version number: 19 for "1.19". */
    public int goMinor() {
        String v = goVersion.startsWith("go") ? goVersion.substring(2) : goVersion;
        String[] parts = v.split("\\.");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : 23;
    }
}
