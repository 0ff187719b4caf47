package io.gopherscope.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real web application in its own operating-system process: the application's main class in
 * a child JVM, on the application's runtime classpath (this JVM's class path without the test
 * classes and test resources, so no test configuration leaks in), on a free loopback port. It is
 * configured only through environment variables, as an operator configures the jar.
 *
 * <p>{@link #kill()} is {@code SIGKILL}: no shutdown hooks, no connection pool closing, no
 * database close; exactly what a crash or an out-of-memory kill does to the server.
 */
public final class ServerProcess implements AutoCloseable {

    static final String MAIN_CLASS = "io.gopherscope.GopherscopeApplication";
    static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server on {@code database} and waits until {@code /actuator/health} is UP. */
    public static ServerProcess start(TestDatabase database, Path log) {
        return start(database.environment(), log);
    }

    /** Starts a server with these environment variables and waits until it is healthy. */
    public static ServerProcess start(Map<String, String> environment, Path log) {
        for (int attempt = 1; ; attempt++) {
            ServerProcess server = launch(environment, log, freePort());
            try {
                server.awaitHealthy(START_TIMEOUT);
                return server;
            } catch (IllegalStateException e) {
                server.close();
                // Another process may have taken the free port between our probe and the bind.
                if (attempt < 3 && server.logText().contains("already in use")) {
                    continue;
                }
                throw e;
            }
        }
    }

    private static ServerProcess launch(Map<String, String> environment, Path log, int port) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", applicationClassPath(), MAIN_CLASS));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("SERVER_")
                || k.startsWith("GOPHERSCOPE_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("SPRING_MAIN_BANNER_MODE", "off");
        env.putAll(environment);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.writeString(log, "---- starting server on port " + port + " ----\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return new ServerProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the server process", e);
        }
    }

    /** What a command-line run of the application printed, and its exit status. */
    public record CommandResult(int exit, String output) {
    }

    /**
     * Runs the application's command line ({@code GopherscopeApplication ARGS}, as {@code java -jar
     * gopherscope.jar ARGS} would) in a child JVM with these environment variables.
     */
    public static CommandResult command(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", applicationClassPath(), MAIN_CLASS));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("GOPHERSCOPE_"));
        env.putAll(environment);
        try {
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("command " + List.of(args) + " did not finish:\n" + output);
            }
            return new CommandResult(p.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This JVM's class path without test classes and test resources. */
    static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with status " + process.exitValue()
                        + " while starting; its log ends:\n" + logTail(60));
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            sleep(100);
        }
        throw new IllegalStateException("the server was not healthy within " + timeout.toSeconds()
                + " s; its log ends:\n" + logTail(60));
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits for the process to be gone. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM (a graceful shutdown, as {@code docker stop} does), then waits; SIGKILL after 60 s. */
    public void stop() {
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(60))) {
            kill();
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
