package io.gopherscope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code run}, {@code trace} and {@code help} here, plus the commands that need
 * Spring's libraries ({@code lessons check}), which the caller passes in. Plain Java with no Spring
 * context. This package and the engine's depend on nothing but the JDK, so the jar's
 * {@link io.gopherscope.launch.Launcher} runs {@code run} and {@code trace} straight from the jar's
 * root, without Spring Boot's nested-jar class loader. Exit status: the program's own for
 * {@code run} and {@code trace}, 2 for a usage error, {@link #EXIT_INTERNAL} for a simulator bug.
 */
public final class Cli {

    static final int EXIT_USAGE = 2;
    /** BSD's EX_SOFTWARE: the simulator itself failed; never a status a Go program's own failure uses. */
    static final int EXIT_INTERNAL = 70;

    static final String USAGE = """
            usage: gopherscope run   [--go V] [--seed N] [--maxprocs N] [--max-steps N] [--max-heap BYTES] FILE.go
                   gopherscope trace [--go V] [--seed N] [--maxprocs N] [--max-steps N] [--max-heap BYTES] [--last] FILE.go
                   gopherscope lessons check [DIR]
                   gopherscope db backup FILE.zip | db restore FILE.zip  [--data-dir DIR]
                   gopherscope               (no arguments: start the web application)
            """;

    private Cli() {
    }

    /** A command implemented outside this package: arguments after its name, the two streams. */
    @FunctionalInterface
    public interface Command {
        int execute(List<String> args, OutputStream out, PrintStream err) throws IOException, UsageException;
    }

    /** True when {@code arg} names one of this package's own commands (no Spring needed). */
    public static boolean isCommand(String arg) {
        return switch (arg) {
            case "run", "trace", "help", "--help", "-h" -> true;
            default -> false;
        };
    }

    /** Runs one of this package's commands; see {@link #execute(String[], OutputStream, OutputStream, Map)}. */
    public static int execute(String[] args, OutputStream out, OutputStream err) {
        return execute(args, out, err, Map.of());
    }

    /**
     * Runs one command, this package's own or one of {@code more} (by name), and returns the process
     * exit status; writes only to {@code out} and {@code err}.
     */
    public static int execute(String[] args, OutputStream out, OutputStream err, Map<String, Command> more) {
        PrintStream errText = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            Command other = more.get(args[0]);
            if (other != null) {
                return other.execute(rest, out, errText);
            }
            return switch (args[0]) {
                case "run" -> RunCommand.execute(Options.parse(rest, false), out, err);
                case "trace" -> TraceCommand.execute(Options.parse(rest, true), out, err);
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
