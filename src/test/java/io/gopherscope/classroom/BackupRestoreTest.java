package io.gopherscope.classroom;

import io.gopherscope.testing.DatabaseKind;
import io.gopherscope.testing.ServerProcess;
import io.gopherscope.testing.TestDatabase;
import io.gopherscope.testing.WebUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore of the embedded database as docs/operations.md tells an operator to do it:
 * a server with students and attempts; {@code db backup} refused while it runs; stopped, backed
 * up; the backup restored into a fresh data directory; a new server there shows every attempt.
 */
class BackupRestoreTest {

    private static final Pattern RECORDED = Pattern.compile("recorded; id=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void backupOfAStoppedServerRestoresIntoAFreshDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        Path zip = dir.resolve("backups/classroom.zip");
        Map<String, String> env = new HashMap<>(TestDatabase.create(DatabaseKind.EMBEDDED_H2, data).environment());
        env.put("GOPHERSCOPE_ADMIN_USER", CrashRecoveryTest.TEACHER);
        env.put("GOPHERSCOPE_ADMIN_PASSWORD", CrashRecoveryTest.PASSWORD);
        env.put("GOPHERSCOPE_TIME_ZONE", "UTC");

        long courseId;
        Map<Long, String> stored = new HashMap<>();
        try (ServerProcess server = ServerProcess.start(env, dir.resolve("server.log"))) {
            WebUser teacher = CrashRecoveryTest.signIn(server);
            courseId = CrashRecoveryTest.createCourse(teacher);
            String code = CrashRecoveryTest.joinCode(teacher, courseId);
            CrashRecoveryTest.createAssignment(teacher, courseId);
            for (String name : List.of("Ada", "Grace", "Linus")) {
                WebUser student = new WebUser(server);
                student.get("/join");
                assertThat(student.post("/join", Map.of("code", code, "name", name)).uri().getPath()).isEqualTo("/my");
                student.get("/lessons/" + CrashRecoveryTest.LESSON);
                for (int i = 0; i < 2; i++) {
                    String submission = name + " guesses " + i;
                    WebUser.Page page = student.post("/lessons/" + CrashRecoveryTest.LESSON + "/exercises/"
                            + CrashRecoveryTest.EXERCISE, Map.of("submission", submission), Map.of("HX-Request", "true"));
                    Matcher m = RECORDED.matcher(page.header("Gopherscope-Attempt").orElse(""));
                    assertThat(m.matches()).as("recorded: %s", page.headers()).isTrue();
                    stored.put(Long.parseLong(m.group(1)), submission);
                }
            }

            // While the server has the database open, the backup says so and writes nothing.
            ServerProcess.CommandResult busy = ServerProcess.command(env, "db", "backup", zip.toString());
            assertThat(busy.exit()).as(busy.output()).isEqualTo(1);
            assertThat(busy.output()).contains("in use").contains("stop the server");
            assertThat(zip).doesNotExist();
            server.stop();
        }

        ServerProcess.CommandResult backup = ServerProcess.command(env, "db", "backup", zip.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(zip).isRegularFile();

        Path fresh = dir.resolve("restored");
        Map<String, String> restoredEnv = new HashMap<>(env);
        restoredEnv.put("GOPHERSCOPE_DATA_DIR", fresh.toString());
        ServerProcess.CommandResult restore = ServerProcess.command(restoredEnv, "db", "restore", zip.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("restored");

        try (ServerProcess server = ServerProcess.start(restoredEnv, dir.resolve("restored.log"))) {
            WebUser teacher = CrashRecoveryTest.signIn(server);
            List<Long> missing = new ArrayList<>();
            stored.forEach((id, submission) -> {
                WebUser.Page page = teacher.get("/teach/courses/" + courseId + "/attempts/" + id);
                if (page.status() != 200 || !page.body().contains(submission)) {
                    missing.add(id);
                }
            });
            assertThat(missing).as("attempts missing from the restored server").isEmpty();
            String csv = teacher.get("/teach/courses/" + courseId + "/grades.csv").body();
            assertThat(csv).contains("Ada").contains("Grace").contains("Linus");
            server.stop();
        }
    }
}
