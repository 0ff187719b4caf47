package io.gopherscope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code run}, {@code trace} and {@code lessons check}. Plain Java with no Spring
 * context, so a command starts in a fraction of a second. Exit status: the program's own for
 * {@code run} and {@code trace}, 2 for a usage error, {@link #EXIT_INTERNAL} for a simulator bug.
 */
public final class Cli {

    static final int EXIT_USAGE = 2;
    /** BSD's EX_SOFTWARE: the simulator itself failed; never a status a Go program's own failure uses. */
    static final int EXIT_INTERNAL = 70;

    static final String USAGE = """
            usage: gopherscope run   [--go V] [--seed N] [--maxprocs N] [--max-steps N] FILE.go
                   gopherscope trace [--go V] [--seed N] [--maxprocs N] [--max-steps N] [--last] FILE.go
                   gopherscope lessons check [DIR]
                   gopherscope               (no arguments: start the web application)
            """;

    private Cli() {
    }

    /** True when {@code arg} names a command, so the web application must not start. */
    public static boolean isCommand(String arg) {
        return switch (arg) {
            case "run", "trace", "lessons", "help", "--help", "-h" -> true;
            default -> false;
        };
    }

    /** Runs one command and returns the process exit status; writes only to {@code out} and {@code err}. */
    public static int execute(String[] args, OutputStream out, OutputStream err) {
        PrintStream errText = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "run" -> RunCommand.execute(Options.parse(rest, false), out, err);
                case "trace" -> TraceCommand.execute(Options.parse(rest, true), out, err);
                case "lessons" -> LessonsCommand.execute(rest, out, errText);
                case "help", "--help", "-h" -> {
                    out.write(USAGE.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    yield 0;
                }
                default -> throw new UsageException("unknown command " + args[0]);
            };
        } catch (UsageException e) {
            errText.print("gopherscope " + args[0] + ": " + e.getMessage() + "\n" + USAGE);
            return EXIT_USAGE;
        } catch (IOException e) {
            errText.print("gopherscope " + args[0] + ": " + e.getMessage() + "\n");
            return 1;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A bug in the simulator, not in the student's program: say so, without a Java trace.
            errText.print("gopherscope " + args[0] + ": internal error in the simulator: " + e + "\n");
            return EXIT_INTERNAL;
        } finally {
            errText.flush();
        }
    }
}
