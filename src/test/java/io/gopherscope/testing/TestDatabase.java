package io.gopherscope.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fresh database for one test (or one Spring context): an empty data directory for the
 * embedded H2, or a new schema in the test PostgreSQL ({@link TestPostgres}). It says how to point
 * the application at it, as Spring properties (a context in this JVM) or as environment variables
 * (a server in a child process), the same way an operator would.
 *
 * <p>{@link #close()} drops a PostgreSQL schema; an H2 data directory is left to its owner (a
 * JUnit {@code @TempDir}, or {@code target/}).
 */
public final class TestDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseKind kind;
    private final Path dataDir;
    private final TestPostgres.Server postgres;
    private final String schema;

    private TestDatabase(DatabaseKind kind, Path dataDir, TestPostgres.Server postgres, String schema) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.schema = schema;
    }

    /**
     * A fresh database of this kind. {@code dataDir} is the application's data directory (it
     * holds the H2 files; with PostgreSQL it is still the data directory, just without a database
     * in it). For PostgreSQL this skips or fails as {@link TestPostgres#require()} does.
     */
    public static TestDatabase create(DatabaseKind kind, Path dataDir) {
        if (kind == DatabaseKind.EMBEDDED_H2) {
            return new TestDatabase(kind, dataDir.toAbsolutePath(), null, null);
        }
        TestPostgres.Server server = TestPostgres.require();
        String schema = "t_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                + Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a schema in the test PostgreSQL at "
                    + server.url() + ": " + e.getMessage(), e);
        }
        return new TestDatabase(kind, dataDir.toAbsolutePath(), server, schema);
    }

    public DatabaseKind kind() {
        return kind;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The JDBC URL the application gets for PostgreSQL (its own schema); null for H2, which the application derives from the data directory. */
    public String postgresUrl() {
        if (postgres == null) {
            return null;
        }
        String url = postgres.url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Spring properties that point an application context in this JVM at this database. */
    public Map<String, Object> springProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("gopherscope.data-dir", dataDir.toString());
        if (postgres != null) {
            p.put("spring.datasource.url", postgresUrl());
            p.put("spring.datasource.username", postgres.user());
            p.put("spring.datasource.password", postgres.password());
        }
        return p;
    }

    /** Environment variables that point a server process at this database, as an operator would. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GOPHERSCOPE_DATA_DIR", dataDir.toString());
        if (postgres != null) {
            env.put("SPRING_DATASOURCE_URL", postgresUrl());
            env.put("SPRING_DATASOURCE_USERNAME", postgres.user());
            env.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        }
        return env;
    }

    /**
     * A direct connection, for checking what is stored. For PostgreSQL, any time; for H2 only
     * while no server has the files open (H2 locks them), with {@code h2Url} the application's
     * URL for the data directory.
     */
    public Connection connect(String h2Url) throws SQLException {
        if (postgres != null) {
            return java.sql.DriverManager.getConnection(postgresUrl(), postgres.user(), postgres.password());
        }
        return java.sql.DriverManager.getConnection(h2Url);
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try (Connection c = postgres.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // Left behind in a throwaway cluster; not worth failing a test over.
            System.err.println("note: could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return kind + (schema == null ? " in " + dataDir : " (schema " + schema + ")");
    }
}
