package io.gopherscope.ops;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A backup of the embedded database taken by the running server: H2's {@code BACKUP TO} on the
 * server's own connection pool, so students keep working while it runs. The zip goes to
 * {@code backups/} in the data directory, on the server, never to the browser (an instructor
 * asking for one does not get other instructors' courses); it is the same format
 * {@code db restore} reads. With PostgreSQL there is nothing to do here: use {@code pg_dump}.
 */
@Component
public class OnlineBackup {

    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** One backup file, for the list on the page. */
    public record BackupFile(String name, long bytes, Instant written) {
    }

    private final DataSource dataSource;
    private final Path folder;
    private final Object lock = new Object();

    OnlineBackup(DataSource dataSource, @Value("${gopherscope.data-dir}") String dataDir) {
        this.dataSource = dataSource;
        this.folder = Path.of(dataDir).toAbsolutePath().normalize().resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** True when the server runs on the embedded H2, the only database this backs up. */
    public boolean embedded() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes a new backup and returns it; one at a time. */
    public BackupFile backup() throws IOException, SQLException {
        synchronized (lock) {
            Files.createDirectories(folder);
            String base = "gopherscope-" + STAMP.format(Instant.now());
            Path target = folder.resolve(base + ".zip");
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(base + "-" + n + ".zip");
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return describe(target);
        }
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .map(OnlineBackup::describe)
                    .sorted(Comparator.comparing(BackupFile::written).reversed().thenComparing(BackupFile::name, Comparator.reverseOrder()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static BackupFile describe(Path p) {
        try {
            return new BackupFile(p.getFileName().toString(), Files.size(p), Files.getLastModifiedTime(p).toInstant());
        } catch (IOException e) {
            return new BackupFile(p.getFileName().toString(), 0, Instant.EPOCH);
        }
    }
}
