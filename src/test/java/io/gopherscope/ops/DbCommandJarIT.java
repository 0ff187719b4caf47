package io.gopherscope.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar gopherscope.jar db backup|restore} from the packaged jar: the command goes
 * through Spring Boot's launcher, where the H2 driver is (it must not be answered from the jar's
 * root, whose class loader cannot see the nested libraries).
 */
class DbCommandJarIT {

    @TempDir
    Path dir;

    static Path jar() {
        return Path.of(System.getProperty("gopherscope.jar", "target/gopherscope.jar"));
    }

    record Outcome(int exit, String output) {
    }

    Outcome java(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("GOPHERSCOPE_"));
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(p.exitValue(), output);
    }

    @Test
    void backupAndRestoreRunFromTheJar() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertThat(jar.getEntry("io/gopherscope/ops/DbCommand.class")).as("not at the jar's root").isNull();
        }
        Path data = dir.resolve("data");
        DbCommandTest.makeDatabase(data, 7);
        Path zip = dir.resolve("backup.zip");

        Outcome backup = java("db", "backup", zip.toString(), "--data-dir", data.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        Outcome restore = java("db", "restore", zip.toString(), "--data-dir", dir.resolve("restored").toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(DbCommandTest.rows(dir.resolve("restored"))).isEqualTo(7);
    }
}
