package io.gopherscope.classroom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many students submitting at the same moment: every acknowledged attempt is stored, each under its student. */
class ClassroomConcurrencyTest extends ClassroomTestSupport {

    @Autowired
    StudentRepository students;
    @Autowired
    AttemptRepository attempts;

    @Test
    void simultaneousSubmissionsAreAllStored() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Crowded course");
        createAssignment(teacher, course, "Crowded week", "accept");
        int people = 12;
        int each = 4;
        List<Cookie> cookies = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            cookies.add(join(course, "Student " + i, "N" + i));
        }
        String answer = Classroom.right(exercise(PREDICT), checker);
        List<Callable<List<String>>> work = new ArrayList<>();
        for (Cookie c : cookies) {
            work.add(() -> {
                List<String> receipts = new ArrayList<>();
                for (int k = 0; k < each; k++) {
                    receipts.add(submit(c, k % 2 == 0 ? PREDICT : SCHEDULE, k % 2 == 0 ? answer : "").getHeader("Gopherscope-Attempt"));
                }
                return receipts;
            });
        }
        List<String> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(people)) {
            for (Future<List<String>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
        }
        assertThat(all).hasSize(people * each).allMatch(r -> r != null && r.startsWith("recorded; id="));
        assertThat(all.stream().distinct()).hasSize(people * each);
        for (Student s : students.findByCourseIdOrderByDisplayNameAscIdAsc(course)) {
            assertThat(attempts.countByStudentId(s.id())).as(s.displayName()).isEqualTo(each);
        }
    }
}
