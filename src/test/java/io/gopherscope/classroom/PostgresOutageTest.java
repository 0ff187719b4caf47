package io.gopherscope.classroom;

import io.gopherscope.testing.ServerProcess;
import io.gopherscope.testing.TestPostgres;
import io.gopherscope.testing.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real PostgreSQL outage under the real server: its own throwaway cluster ({@code .ci/postgres},
 * so it can be stopped without disturbing the other tests), stopped while a student submits and
 * started again. The submission during the outage is answered 503 "not saved" within the pool's
 * connection timeout ({@code spring.datasource.hikari.connection-timeout}, 5 s); once PostgreSQL is
 * back, the same server stores the retry.
 *
 * <p>Runs where the other PostgreSQL tests run (the test PostgreSQL is configured, as in CI);
 * skipped otherwise.
 */
class PostgresOutageTest {

    private static final Pattern RECORDED = Pattern.compile("recorded; id=(\\d+)");
    private static final Pattern EXPORT = Pattern.compile("export (\\w+)='([^']*)'");

    @TempDir
    Path dir;

    /** Directly under the system temp folder, which the postgres user can reach (a @TempDir is private). */
    private final Path cluster = Path.of(System.getProperty("java.io.tmpdir"), "gopherscope-outage-" + UUID.randomUUID());

    static String script(String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("bash", ".ci/postgres", args[0], args[1])).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(".ci/postgres %s: %s", args[0], err).isZero();
        return out;
    }

    @AfterEach
    void removeCluster() throws Exception {
        if (Files.exists(cluster)) {
            script("stop", cluster.toString());
        }
    }

    @Test
    void aSubmissionDuringAnOutageIsRefusedClearlyAndTheRetryIsStored() throws Exception {
        if (TestPostgres.fromEnvironment() == null) {
            TestPostgres.require(); // skips, or fails under CI
        }
        Assumptions.assumeTrue(Files.isRegularFile(Path.of(".ci/postgres")), "needs .ci/postgres");

        Map<String, String> env = new HashMap<>();
        Matcher m = EXPORT.matcher(script("start", cluster.toString()));
        Map<String, String> pg = new HashMap<>();
        while (m.find()) {
            pg.put(m.group(1), m.group(2));
        }
        env.put("SPRING_DATASOURCE_URL", pg.get(TestPostgres.URL));
        env.put("SPRING_DATASOURCE_USERNAME", pg.get(TestPostgres.USER));
        env.put("SPRING_DATASOURCE_PASSWORD", pg.get(TestPostgres.PASSWORD));
        env.put("GOPHERSCOPE_DATA_DIR", dir.resolve("data").toString());
        env.put("GOPHERSCOPE_ADMIN_USER", CrashRecoveryTest.TEACHER);
        env.put("GOPHERSCOPE_ADMIN_PASSWORD", CrashRecoveryTest.PASSWORD);
        env.put("GOPHERSCOPE_TIME_ZONE", "UTC");

        try (ServerProcess server = ServerProcess.start(env, dir.resolve("server.log"))) {
            WebUser teacher = CrashRecoveryTest.signIn(server);
            long course = CrashRecoveryTest.createCourse(teacher);
            String code = CrashRecoveryTest.joinCode(teacher, course);
            CrashRecoveryTest.createAssignment(teacher, course);
            WebUser student = new WebUser(server);
            student.get("/join");
            assertThat(student.post("/join", Map.of("code", code, "name", "Ada")).uri().getPath()).isEqualTo("/my");
            student.get("/lessons/" + CrashRecoveryTest.LESSON);
            long before = recorded(submit(student, "before the outage"));

            script("pause", cluster.toString());
            long t0 = System.nanoTime();
            WebUser.Page during = submit(student, "during the outage");
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertThat(during.status()).as(during.body()).isEqualTo(503);
            assertThat(during.header("Gopherscope-Attempt")).hasValue("failed");
            assertThat(during.header("Retry-After")).isPresent();
            assertThat(during.body()).contains("could not be saved").contains("press Check again")
                    .doesNotContain("Exception").doesNotContain("SQL");
            System.out.printf("PostgreSQL stopped: the submission was answered 503 after %d ms%n", waited);
            assertThat(waited).as("answered within the pool's connection timeout (5 s), not left hanging").isLessThan(15_000);

            // Back up: the student presses Check again, as told, until it is saved (the pool may need
            // a moment to reconnect; each 503 says to retry after Retry-After seconds).
            script("resume", cluster.toString());
            WebUser.Page retry = submit(student, "during the outage");
            for (int tries = 1; retry.status() == 503 && tries < 10; tries++) {
                System.out.printf("retry %d after the outage: 503, %s%n", tries, lastCause(server));
                Thread.sleep(1000L * Long.parseLong(retry.header("Retry-After").orElse("1")));
                retry = submit(student, "during the outage");
            }
            long after = recorded(retry);
            assertThat(after).isGreaterThan(before);

            assertThat(teacher.get("/teach/courses/" + course + "/attempts/" + before).body()).contains("before the outage");
            assertThat(teacher.get("/teach/courses/" + course + "/attempts/" + after).body()).contains("during the outage");
            String csv = teacher.get("/teach/courses/" + course + "/grades.csv").body();
            assertThat(csv).contains("Ada");
            server.stop();
        }
    }

    /** The last database error the server logged, in one line. */
    static String lastCause(ServerProcess server) {
        return server.logText().lines().filter(l -> l.contains("Exception:")).reduce((a, b) -> b).orElse("(no exception logged)");
    }

    static WebUser.Page submit(WebUser student, String text) {
        return student.post("/lessons/" + CrashRecoveryTest.LESSON + "/exercises/" + CrashRecoveryTest.EXERCISE,
                Map.of("submission", text), Map.of("HX-Request", "true"));
    }

    static long recorded(WebUser.Page page) {
        Matcher m = RECORDED.matcher(page.header("Gopherscope-Attempt").orElse(""));
        assertThat(m.matches()).as("recorded: HTTP %d %s", page.status(), page.headers()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
