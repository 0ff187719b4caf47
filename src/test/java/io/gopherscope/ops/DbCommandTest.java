package io.gopherscope.ops;

import io.gopherscope.GopherscopeApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db backup} and {@code db restore} on an H2 database made here; the end-to-end version,
 * with the server's own schema and a restarted server, is {@code BackupRestoreTest}.
 */
class DbCommandTest {

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
    }

    Outcome cli(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = GopherscopeApplication.command(args, out, err);
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void makeDatabase(Path dataDir, int rows) throws Exception {
        Files.createDirectories(dataDir);
        try (Connection c = DriverManager.getConnection(DbCommand.jdbcUrl(dataDir), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE attempt (id INT PRIMARY KEY, submission VARCHAR(100))");
            for (int i = 0; i < rows; i++) {
                s.execute("INSERT INTO attempt VALUES (" + i + ", 'answer " + i + "')");
            }
            s.execute("SHUTDOWN");
        }
    }

    static int rows(Path dataDir) throws Exception {
        try (Connection c = DriverManager.getConnection(DbCommand.jdbcUrl(dataDir) + ";IFEXISTS=TRUE", "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM attempt")) {
            rs.next();
            int n = rs.getInt(1);
            s.execute("SHUTDOWN");
            return n;
        }
    }

    @Test
    void backupThenRestoreIntoAFreshDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        makeDatabase(data, 25);
        Path zip = dir.resolve("backups/monday.zip");

        Outcome backup = cli("db", "backup", zip.toString(), "--data-dir", data.toString());
        assertThat(backup.err()).isEmpty();
        assertThat(backup.exit()).isZero();
        assertThat(backup.out()).contains("backed up").contains("1 tables").contains(zip.toString());
        assertThat(zip).isRegularFile();
        assertThat(zip.resolveSibling("monday.zip.part")).doesNotExist();

        Path fresh = dir.resolve("fresh");
        Outcome restore = cli("db", "restore", zip.toString(), "--data-dir", fresh.toString());
        assertThat(restore.err()).isEmpty();
        assertThat(restore.exit()).isZero();
        assertThat(restore.out()).contains("restored").contains(fresh.toString());
        assertThat(rows(fresh)).isEqualTo(25);
    }

    @Test
    void refusesWhatWouldLoseData() throws Exception {
        Path data = dir.resolve("data");
        makeDatabase(data, 3);
        Path zip = dir.resolve("b.zip");
        assertThat(cli("db", "backup", zip.toString(), "--data-dir", data.toString()).exit()).isZero();

        Outcome again = cli("db", "backup", zip.toString(), "--data-dir", data.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");

        Outcome over = cli("db", "restore", zip.toString(), "--data-dir", data.toString());
        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.err()).contains("already holds a database");
        assertThat(rows(data)).isEqualTo(3);

        Path notBackup = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        Outcome bad = cli("db", "restore", notBackup.toString(), "--data-dir", dir.resolve("x").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("not a Gopherscope database backup");

        Outcome empty = cli("db", "backup", dir.resolve("c.zip").toString(), "--data-dir", dir.resolve("none").toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("no database in");

        assertThat(cli("db", "copy", "x").exit()).isEqualTo(2);
        assertThat(cli("db").err()).contains("db backup FILE.zip");
    }
}
