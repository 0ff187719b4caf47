package io.gopherscope.testing;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The PostgreSQL server the tests may use, named by three environment variables that
 * {@code .ci/run} exports after starting a throwaway cluster on loopback ({@code .ci/postgres}):
 * {@value #URL}, {@value #USER} and {@value #PASSWORD}.
 *
 * <p>Without them the PostgreSQL variants of the persistence tests are skipped with a message
 * saying how to run them, except under CI ({@code CI=true}), where a missing PostgreSQL is a
 * failure: CI must prove both databases.
 */
public final class TestPostgres {

    public static final String URL = "GOPHERSCOPE_TEST_POSTGRES_URL";
    public static final String USER = "GOPHERSCOPE_TEST_POSTGRES_USER";
    public static final String PASSWORD = "GOPHERSCOPE_TEST_POSTGRES_PASSWORD";

    static final String HOW_TO = "start one with: eval \"$(.ci/postgres start /tmp/gopherscope-pg)\" "
            + "(stop it with .ci/postgres stop /tmp/gopherscope-pg); .ci/run does this itself";

    /** Where the server is, and who the tests connect as. */
    public record Server(String url, String user, String password) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private TestPostgres() {
    }

    /** True when the tests run under CI, where every database target must run. */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The server from the environment, or null when {@value #URL} is not set. */
    public static Server fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Server fromEnvironment(Map<String, String> env) {
        String url = env.get(URL);
        if (url == null || url.isBlank()) {
            return null;
        }
        return new Server(url, env.getOrDefault(USER, ""), env.getOrDefault(PASSWORD, ""));
    }

    /** Why a PostgreSQL variant cannot run here. */
    static String missingMessage() {
        return "PostgreSQL tests need " + URL + ", " + USER + " and " + PASSWORD + "; " + HOW_TO;
    }

    /**
     * The server, or: a failure under CI, a skip (JUnit assumption) elsewhere. Call it first in
     * a test or a {@code @BeforeAll}.
     */
    public static Server require() {
        Server server = fromEnvironment();
        if (server != null) {
            return server;
        }
        if (underCi()) {
            throw new IllegalStateException("CI=true but no PostgreSQL for the tests: " + missingMessage());
        }
        Assumptions.abort("skipped, no PostgreSQL: " + missingMessage());
        throw new AssertionError("unreachable");
    }
}
