package io.gopherscope.ops;

import io.gopherscope.cli.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code db backup FILE} and {@code db restore FILE}: a consistent copy of the embedded classroom
 * database (H2's {@code BACKUP TO}, a zip of the database file) and its restore into an empty data
 * directory. Both work on a stopped server: H2 lets one process at a time open the files, so while
 * the server runs the command says so and changes nothing. The data directory is
 * {@code --data-dir DIR}, else {@code GOPHERSCOPE_DATA_DIR}, else {@code ./data}, as for the server.
 * A server on PostgreSQL is backed up with PostgreSQL's own tools (docs/operations.md).
 *
 * <p>Plain JDBC, no Spring context. It needs the H2 driver from the jar's libraries, so the jar runs
 * it through Spring Boot's launcher ({@link io.gopherscope.GopherscopeApplication#COMMANDS}), like
 * {@code lessons check}; this package is not one of those copied to the jar's root.
 */
public final class DbCommand {

    /** The database's name inside the data directory: the server's {@code spring.datasource.url} uses the same. */
    static final String DATABASE = "gopherscope";
    static final String DATABASE_FILE = DATABASE + ".mv.db";
    /** The server's H2 settings (application.properties), so the files are opened the same way. */
    static final String SETTINGS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int DATABASE_NOT_FOUND = 90146;

    private DbCommand() {
    }

    public static int execute(List<String> args, OutputStream out, PrintStream err) throws IOException, UsageException {
        List<String> rest = new ArrayList<>(args);
        Path dataDir = null;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("--data-dir")) {
                if (i + 1 >= rest.size()) {
                    throw new UsageException("--data-dir needs a directory");
                }
                dataDir = Path.of(rest.get(i + 1));
                rest.subList(i, i + 2).clear();
                i--;
            }
        }
        if (rest.size() != 2 || !(rest.get(0).equals("backup") || rest.get(0).equals("restore"))) {
            throw new UsageException("usage: db backup FILE.zip | db restore FILE.zip  [--data-dir DIR]");
        }
        if (dataDir == null) {
            String env = System.getenv("GOPHERSCOPE_DATA_DIR");
            dataDir = Path.of(env == null || env.isBlank() ? "data" : env);
        }
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (configured != null && !configured.isBlank() && !configured.startsWith("jdbc:h2:")) {
            err.print("db " + rest.get(0) + ": SPRING_DATASOURCE_URL points at another database (" + scheme(configured)
                    + "); back it up with that database's own tools, for PostgreSQL pg_dump and pg_restore"
                    + " (see docs/operations.md)\n");
            return 1;
        }
        PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
        Path file = Path.of(rest.get(1));
        return rest.get(0).equals("backup")
                ? backup(dataDir.toAbsolutePath().normalize(), file.toAbsolutePath().normalize(), text, err)
                : restore(file.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize(), text, err);
    }

    static String jdbcUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve(DATABASE) + SETTINGS;
    }

    private static int backup(Path dataDir, Path file, PrintStream out, PrintStream err) throws IOException {
        if (!Files.exists(dataDir.resolve(DATABASE_FILE))) {
            err.print("db backup: no database in " + dataDir + " (no " + DATABASE_FILE + "); use --data-dir or GOPHERSCOPE_DATA_DIR\n");
            return 1;
        }
        if (Files.exists(file)) {
            err.print("db backup: " + file + " already exists; choose a new file name\n");
            return 1;
        }
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Written beside the target and renamed when complete, so a failed backup never looks like one.
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(partial);
        long tables;
        try (Connection c = DriverManager.getConnection(jdbcUrl(dataDir) + ";IFEXISTS=TRUE", "sa", "");
             Statement s = c.createStatement()) {
            tables = countTables(s);
            s.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            Files.deleteIfExists(partial);
            return explain("db backup", e, dataDir, err);
        }
        if (!zipHolds(partial, DATABASE_FILE)) {
            Files.deleteIfExists(partial);
            err.print("db backup: the backup did not contain " + DATABASE_FILE + "; nothing written\n");
            return 1;
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        out.print("backed up " + dataDir.resolve(DATABASE_FILE) + " (" + tables + " tables) to " + file
                + " (" + Files.size(file) + " bytes)\n");
        return 0;
    }

    private static int restore(Path file, Path dataDir, PrintStream out, PrintStream err) throws IOException {
        if (!Files.isRegularFile(file)) {
            err.print("db restore: no such file: " + file + "\n");
            return 1;
        }
        if (!zipHolds(file, DATABASE_FILE)) {
            err.print("db restore: " + file + " is not a Gopherscope database backup (no " + DATABASE_FILE + " inside)\n");
            return 1;
        }
        if (Files.exists(dataDir.resolve(DATABASE_FILE))) {
            err.print("db restore: " + dataDir + " already holds a database; restore into an empty data directory"
                    + " (or move " + DATABASE_FILE + " away first)\n");
            return 1;
        }
        Files.createDirectories(dataDir);
        List<Path> written = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                // Only the database's own files, never a path outside the data directory.
                if (entry.isDirectory() || name.contains("/") || name.contains("\\") || !name.startsWith(DATABASE + ".")) {
                    continue;
                }
                Path target = dataDir.resolve(name);
                Files.copy(zip, target);
                written.add(target);
            }
        }
        long tables;
        try (Connection c = DriverManager.getConnection(jdbcUrl(dataDir) + ";IFEXISTS=TRUE", "sa", "");
             Statement s = c.createStatement()) {
            tables = countTables(s);
        } catch (SQLException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            err.print("db restore: the restored database does not open (" + e.getMessage().lines().findFirst().orElse("")
                    + "); nothing restored\n");
            return 1;
        }
        out.print("restored " + file + " into " + dataDir + " (" + tables + " tables); start the server with"
                + " GOPHERSCOPE_DATA_DIR=" + dataDir + "\n");
        return 0;
    }

    private static long countTables(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean zipHolds(Path zipFile, String name) {
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static int explain(String command, SQLException e, Path dataDir, PrintStream err) {
        if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
            err.print(command + ": the database in " + dataDir + " is in use, probably by a running server;"
                    + " stop the server (docker stop ...), run the command again, then start the server\n");
        } else if (e.getErrorCode() == DATABASE_NOT_FOUND) {
            err.print(command + ": no database in " + dataDir + "\n");
        } else {
            err.print(command + ": " + e.getMessage().lines().findFirst().orElse(e.toString()) + "\n");
        }
        return 1;
    }

    private static String scheme(String url) {
        String[] parts = url.split(":", 3);
        return parts.length >= 2 ? parts[1] : url;
    }
}
