package io.gopherscope.classroom;

import io.gopherscope.testing.DatabaseKind;
import io.gopherscope.testing.ServerProcess;
import io.gopherscope.testing.TestDatabase;
import io.gopherscope.testing.WebUser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost, on either database. The real server runs in its own process
 * ({@link ServerProcess}); many students join and submit at the same time, each from its own
 * thread and cookie jar, as browsers would.
 *
 * <ol>
 *   <li>Concurrency: {@value #STUDENTS} students submit {@value #ROUND_ONE} attempts each, all at
 *       once; every submission must be acknowledged ({@code 200} with
 *       {@code Gopherscope-Attempt: recorded; id=N}).</li>
 *   <li>Crash: they all submit again, and as soon as {@value #KILL_AFTER} of these are
 *       acknowledged the server gets {@code SIGKILL}, while other submissions are still in flight.</li>
 *   <li>A new server on the same data must show every acknowledged attempt, with the submitted
 *       text, to the instructor (one attempt page per id), and the grade export counts them.</li>
 * </ol>
 */
class CrashRecoveryTest {

    static final String LESSON = "unbuffered-channels";
    static final String EXERCISE = "left-in-sendq";
    static final int STUDENTS = 50;
    static final int ROUND_ONE = 4;
    static final int ROUND_TWO = 6;
    static final int KILL_AFTER = 120;
    static final String TEACHER = "teacher";
    static final String PASSWORD = "correct horse battery staple";

    private static final Pattern RECORDED = Pattern.compile("recorded; id=(\\d+)");
    private static final Pattern COURSE = Pattern.compile("/teach/courses/(\\d+)$");
    private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code\">([^<]+)<");

    @TempDir
    Path dir;

    /** An acknowledged attempt: its id and the unique text that was submitted. */
    record Ack(long id, String submission) {
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void everyAcknowledgedAttemptSurvivesAHardKill(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir.resolve("data"))) {
            Map<String, String> env = new HashMap<>(db.environment());
            env.put("GOPHERSCOPE_ADMIN_USER", TEACHER);
            env.put("GOPHERSCOPE_ADMIN_PASSWORD", PASSWORD);
            env.put("GOPHERSCOPE_TIME_ZONE", "UTC");
            Path log = dir.resolve("server.log");

            Map<Long, Ack> acked = new ConcurrentHashMap<>();
            long courseId;
            int inFlightAtKill;
            try (ServerProcess server = ServerProcess.start(env, log)) {
                WebUser teacher = signIn(server);
                courseId = createCourse(teacher);
                String code = joinCode(teacher, courseId);
                createAssignment(teacher, courseId);

                List<WebUser> students = joinAll(server, code);

                // 1. Everyone at once; every submission must be acknowledged.
                List<String> failures = submitAll(students, 1, ROUND_ONE, acked, null);
                assertThat(failures).as("submissions not acknowledged while the server was up").isEmpty();
                assertThat(acked).hasSize(STUDENTS * ROUND_ONE);

                // 2. Everyone again; SIGKILL as soon as KILL_AFTER more are acknowledged.
                int before = acked.size();
                CountDownLatch enough = new CountDownLatch(KILL_AFTER);
                AtomicInteger started = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
                List<Future<List<String>>> round = new ArrayList<>();
                for (int s = 0; s < STUDENTS; s++) {
                    WebUser student = students.get(s);
                    int n = s;
                    round.add(pool.submit(() -> submitAs(student, n, ROUND_ONE + 1, ROUND_ONE + ROUND_TWO, acked, enough, started)));
                }
                assertThat(enough.await(120, TimeUnit.SECONDS)).as("acknowledgements before the kill").isTrue();
                server.kill();
                inFlightAtKill = started.get() - (acked.size() - before);
                pool.shutdown();
                assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                assertThat(server.isAlive()).isFalse();
            }
            int total = acked.size();
            System.out.printf("%s: %d attempts acknowledged (%d before the kill round), about %d submissions in flight at SIGKILL%n",
                    kind, total, STUDENTS * ROUND_ONE, inFlightAtKill);

            // 3. A new server on the same data shows every acknowledged attempt.
            try (ServerProcess server = ServerProcess.start(env, log)) {
                WebUser teacher = signIn(server);
                List<Long> missing = java.util.Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(8);
                for (Ack ack : acked.values()) {
                    pool.execute(() -> {
                        WebUser.Page page = teacher.get("/teach/courses/" + courseId + "/attempts/" + ack.id());
                        if (page.status() != 200 || !page.body().contains(ack.submission())) {
                            missing.add(ack.id());
                        }
                    });
                }
                pool.shutdown();
                assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
                assertThat(missing).as("acknowledged attempts missing after the restart (of %d)", total).isEmpty();

                String csv = teacher.get("/teach/courses/" + courseId + "/grades.csv").body();
                assertThat(csv.lines().skip(1).filter(l -> !l.isBlank()).count())
                        .as("one CSV row per student").isEqualTo(STUDENTS);
                server.stop();
            }
        }
    }

    static WebUser signIn(ServerProcess server) {
        WebUser teacher = new WebUser(server);
        teacher.get("/login");
        WebUser.Page page = teacher.post("/login", Map.of("username", TEACHER, "password", PASSWORD));
        assertThat(page.uri().getPath()).as("signed in").isEqualTo("/teach");
        return teacher;
    }

    static long createCourse(WebUser teacher) {
        WebUser.Page page = teacher.post("/teach/courses", Map.of("name", "Crash course"));
        Matcher m = COURSE.matcher(page.uri().getPath());
        assertThat(m.find()).as("course page after creating, got %s", page.uri()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static String joinCode(WebUser teacher, long courseId) {
        Matcher m = JOIN_CODE.matcher(teacher.get("/teach/courses/" + courseId).body());
        assertThat(m.find()).as("join code on the course page").isTrue();
        return m.group(1).trim();
    }

    static void createAssignment(WebUser teacher, long courseId) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        teacher.get("/teach/courses/" + courseId + "/assignments/new");
        WebUser.Page page = teacher.postPairs("/teach/courses/" + courseId + "/assignments", List.of(
                Map.entry("title", "Week 1"),
                Map.entry("opens", now.minusHours(1).format(f)),
                Map.entry("due", now.plusDays(1).format(f)),
                Map.entry("latePolicy", "accept"),
                Map.entry("penalty", "0"),
                Map.entry("points", "10"),
                Map.entry("exercise", LESSON + "/" + EXERCISE)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).as("back on the course page").isEqualTo("/teach/courses/" + courseId);
        assertThat(page.body()).contains("Week 1");
    }

    static List<WebUser> joinAll(ServerProcess server, String code) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
        try {
            List<Future<WebUser>> joined = new ArrayList<>();
            for (int s = 0; s < STUDENTS; s++) {
                String name = "Student " + s;
                joined.add(pool.submit(() -> {
                    WebUser student = new WebUser(server);
                    student.get("/join");
                    WebUser.Page page = student.post("/join", Map.of("code", code, "name", name));
                    assertThat(page.uri().getPath()).as("%s joined", name).isEqualTo("/my");
                    student.get("/lessons/" + LESSON);
                    return student;
                }));
            }
            List<WebUser> students = new ArrayList<>();
            for (Future<WebUser> f : joined) {
                students.add(f.get(120, TimeUnit.SECONDS));
            }
            return students;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every student submits attempts {@code from..to}, all students at once; returns what was not acknowledged. */
    static List<String> submitAll(List<WebUser> students, int from, int to, Map<Long, Ack> acked, CountDownLatch enough)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(students.size());
        try {
            List<Future<List<String>>> all = new ArrayList<>();
            for (int s = 0; s < students.size(); s++) {
                WebUser student = students.get(s);
                int n = s;
                all.add(pool.submit(() -> submitAs(student, n, from, to, acked, enough, new AtomicInteger())));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> f : all) {
                failures.addAll(f.get(300, TimeUnit.SECONDS));
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> submitAs(WebUser student, int n, int from, int to, Map<Long, Ack> acked, CountDownLatch enough,
                                 AtomicInteger started) {
        List<String> failures = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            // A unique wrong prediction: graded quickly, recorded like any attempt, findable afterwards.
            String submission = "student " + n + " attempt " + i;
            started.incrementAndGet();
            WebUser.Page page;
            try {
                page = student.post("/lessons/" + LESSON + "/exercises/" + EXERCISE, Map.of("submission", submission),
                        Map.of("HX-Request", "true"));
            } catch (RuntimeException e) {
                // The server was killed under this request: not acknowledged, so nothing is promised.
                failures.add(submission + ": " + e);
                return failures;
            }
            String receipt = page.header("Gopherscope-Attempt").orElse("");
            Matcher m = RECORDED.matcher(receipt);
            if (page.status() == 200 && m.matches()) {
                long id = Long.parseLong(m.group(1));
                Ack previous = acked.putIfAbsent(id, new Ack(id, submission));
                assertThat(previous).as("attempt id %d acknowledged twice", id).isNull();
                if (enough != null) {
                    enough.countDown();
                }
            } else {
                failures.add(submission + ": HTTP " + page.status() + " " + receipt);
            }
        }
        return failures;
    }

}
