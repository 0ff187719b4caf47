package io.gopherscope.cli;

import io.gopherscope.engine.RunConfig;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The options shared by {@code run} and {@code trace}. Both {@code --go 1.19} and
 * {@code --go=1.19} are accepted; {@code --} ends the options.
 *
 * @param last only for {@code trace}: print just the final snapshot
 */
record Options(String goVersion, long seed, int maxProcs, long maxSteps, long maxHeap, boolean last, String file) {

    private static final Pattern GO_VERSION = Pattern.compile("(?:go)?(1\\.\\d{1,2})");

    static Options parse(List<String> args, boolean traceOptions) throws UsageException {
        RunConfig defaults = RunConfig.of("prog.go", "");
        String go = defaults.goVersion();
        long seed = defaults.seed();
        int maxProcs = defaults.maxProcs();
        long maxSteps = CLI_MAX_STEPS;
        long maxHeap = defaults.maxHeapBytes();
        boolean last = false;
        String file = null;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-")) {
                if (file != null) {
                    throw new UsageException("only one FILE.go may be given (got " + file + " and " + arg + ")");
                }
                file = arg;
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--last") && traceOptions && value == null) {
                last = true;
                continue;
            }
            if (value == null) {
                if (!isValued(name)) {
                    throw new UsageException("unknown option " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException(name + " needs a value");
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--go" -> go = goVersion(value);
                case "--seed" -> seed = number(name, value, Long.MIN_VALUE);
                case "--maxprocs" -> maxProcs = (int) number(name, value, 1, 256);
                case "--max-steps" -> maxSteps = number(name, value, 1);
                case "--max-heap" -> maxHeap = number(name, value, 1);
                default -> throw new UsageException("unknown option " + name);
            }
        }
        if (file == null) {
            throw new UsageException("missing FILE.go");
        }
        return new Options(go, seed, maxProcs, maxSteps, maxHeap, last, file);
    }

    /**
     * The command line behaves like {@code go run}, so its budgets are far above the web
     * sandbox's (which sets its own): a billion steps (tens of seconds), a million goroutines
     * alive at once, 256 MiB of output; the simulated heap keeps the engine's default.
     */
    static final long CLI_MAX_STEPS = 1_000_000_000L;
    static final int CLI_MAX_GOROUTINES = 1_000_000;
    static final long CLI_MAX_OUTPUT = 256L << 20;

    RunConfig toConfig(String fileName, String source) {
        RunConfig c = RunConfig.of(fileName, source)
                .withGo(goVersion)
                .withSeed(seed)
                .withMaxProcs(maxProcs)
                .withMaxSteps(maxSteps);
        return new RunConfig(c.fileName(), c.source(), c.goVersion(), c.seed(), c.maxProcs(), c.maxSteps(),
                CLI_MAX_OUTPUT, maxHeap, CLI_MAX_GOROUTINES, c.wallMillis());
    }

    private static boolean isValued(String name) {
        return switch (name) {
            case "--go", "--seed", "--maxprocs", "--max-steps", "--max-heap" -> true;
            default -> false;
        };
    }

    private static String goVersion(String value) throws UsageException {
        var m = GO_VERSION.matcher(value);
        if (!m.matches()) {
            throw new UsageException("--go wants a Go version like 1.19 or 1.23, not \"" + value + "\"");
        }
        return m.group(1);
    }

    private static long number(String name, String value, long min) throws UsageException {
        return number(name, value, min, Long.MAX_VALUE);
    }

    private static long number(String name, String value, long min, long max) throws UsageException {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " wants an integer, not \"" + value + "\"");
        }
        if (n < min || n > max) {
            throw new UsageException(name + " must be between " + min + " and " + max);
        }
        return n;
    }
}
