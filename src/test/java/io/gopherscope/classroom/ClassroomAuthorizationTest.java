package io.gopherscope.classroom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every instructor and student route against the wrong people: anonymous visitors, another
 * instructor, ids of another course, another student's attempt. The answer is a redirect to the
 * sign-in or join page, 403 or 404, and never the data (the course's and students' names, the
 * submissions).
 */
class ClassroomAuthorizationTest extends ClassroomTestSupport {

    static final String SECRET_COURSE = "Secret course Σ";
    static final String SECRET_STUDENT = "Hidden Student Ω";
    static final String SECRET_CODE = "package main // secret submission";

    @Autowired
    AttemptRepository attempts;
    @Autowired
    AssignmentRepository assignmentRepo;
    @Autowired
    StudentRepository studentRepo;

    RequestPostProcessor owner;
    RequestPostProcessor other;
    long course;
    long otherCourse;
    long assignment;
    long otherAssignment;
    long student;
    long otherStudent;
    long attempt;
    Cookie studentCookie;
    Cookie otherStudentCookie;

    @BeforeEach
    void twoTeachersTwoCoursesTwoStudents() throws Exception {
        owner = newInstructor();
        other = newInstructor();
        course = createCourse(owner, SECRET_COURSE);
        createAssignment(owner, course, "Secret week", "accept");
        otherCourse = createCourse(other, "Other course");
        createAssignment(other, otherCourse, "Other week", "accept");
        assignment = assignmentRepo.findByCourseIdOrderByDueAtAscIdAsc(course).getFirst().id();
        otherAssignment = assignmentRepo.findByCourseIdOrderByDueAtAscIdAsc(otherCourse).getFirst().id();
        studentCookie = join(course, SECRET_STUDENT, "S-secret");
        otherStudentCookie = join(otherCourse, "Other Student", "");
        student = studentRepo.findByCourseIdOrderByDisplayNameAscIdAsc(course).getFirst().id();
        otherStudent = studentRepo.findByCourseIdOrderByDisplayNameAscIdAsc(otherCourse).getFirst().id();
        MockHttpServletResponse r = submit(studentCookie, SCHEDULE, SECRET_CODE);
        attempt = Long.parseLong(r.getHeader("Gopherscope-Attempt").replace("recorded; id=", ""));
    }

    record Route(HttpMethod method, String path, Map<String, String> params) {}

    /** Every instructor route of the owner's course, with ids that exist. */
    List<Route> courseRoutes() {
        String c = "/teach/courses/" + course;
        return List.of(
                new Route(HttpMethod.GET, c, Map.of()),
                new Route(HttpMethod.POST, c + "/join-code", Map.of()),
                new Route(HttpMethod.GET, c + "/assignments/new", Map.of()),
                new Route(HttpMethod.POST, c + "/assignments", Map.of("title", "x", "opens", local(java.time.Duration.ZERO),
                        "due", local(java.time.Duration.ofDays(1)), "exercise", LESSON + "/" + PREDICT)),
                new Route(HttpMethod.GET, c + "/assignments/" + assignment + "/students/" + student + "/exercises/"
                        + LESSON + "/" + SCHEDULE, Map.of()),
                new Route(HttpMethod.GET, c + "/attempts/" + attempt, Map.of()),
                new Route(HttpMethod.GET, c + "/grades.csv", Map.of()));
    }

    List<Route> instructorRoutes() {
        List<Route> all = new java.util.ArrayList<>(courseRoutes());
        all.add(new Route(HttpMethod.GET, "/teach", Map.of()));
        all.add(new Route(HttpMethod.POST, "/teach/courses", Map.of("name", "x")));
        all.add(new Route(HttpMethod.GET, "/teach/instructors", Map.of()));
        all.add(new Route(HttpMethod.POST, "/teach/instructors", Map.of("username", "intruder", "password", "0123456789x",
                "confirm", "0123456789x")));
        return all;
    }

    MockHttpServletRequestBuilder build(Route r) {
        MockHttpServletRequestBuilder b = request(r.method(), r.path());
        r.params().forEach(b::param);
        return b;
    }

    void expectNoData(MockHttpServletResponse r, Route route) throws Exception {
        String body = r.getContentAsString();
        assertThat(body).as(route.toString()).doesNotContain(SECRET_COURSE, SECRET_STUDENT, "S-secret", "secret submission",
                joinCode(course));
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndSeeNothing() throws Exception {
        for (Route route : instructorRoutes()) {
            MockHttpServletResponse r = mvc.perform(build(route).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(route.toString()).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(route.toString()).endsWith("/login");
            expectNoData(r, route);
        }
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefusedEvenForTheOwner() throws Exception {
        for (Route route : instructorRoutes()) {
            if (route.method() == HttpMethod.POST) {
                MockHttpServletResponse r = mvc.perform(build(route).with(owner)).andReturn().getResponse();
                assertThat(r.getStatus()).as(route.toString()).isEqualTo(403);
                expectNoData(r, route);
            }
        }
        for (String path : List.of("/join", "/my/leave", "/setup", "/login", "/logout")) {
            assertThat(mvc.perform(post(path).cookie(studentCookie)).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
        }
    }

    @Test
    void anotherInstructorGets404ForEveryRouteOfTheCourse() throws Exception {
        String code = joinCode(course);
        for (Route route : courseRoutes()) {
            MockHttpServletResponse r = mvc.perform(build(route).with(other).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(route.toString()).isEqualTo(404);
            expectNoData(r, route);
        }
        assertThat(joinCode(course)).as("the join code was not replaced").isEqualTo(code);
        assertThat(assignmentRepo.findByCourseIdOrderByDueAtAscIdAsc(course)).hasSize(1);
        // the other instructor's own pages do not list it either
        expectNoData(mvc.perform(get("/teach").with(other)).andReturn().getResponse(), new Route(HttpMethod.GET, "/teach", Map.of()));
    }

    @Test
    void idsOfAnotherCourseInTheOwnersUrlsAre404() throws Exception {
        String c = "/teach/courses/" + course;
        for (String path : List.of(
                c + "/assignments/" + otherAssignment + "/students/" + student + "/exercises/" + LESSON + "/" + PREDICT,
                c + "/assignments/" + assignment + "/students/" + otherStudent + "/exercises/" + LESSON + "/" + PREDICT,
                c + "/assignments/" + assignment + "/students/" + student + "/exercises/" + LESSON + "/not-in-it",
                "/teach/courses/" + otherCourse + "/attempts/" + attempt,
                c + "/attempts/999999999",
                "/teach/courses/999999999")) {
            MockHttpServletResponse r = mvc.perform(get(path).with(owner)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(404);
        }
        // the other instructor asking for this attempt through their own course
        MockHttpServletResponse r = mvc.perform(get("/teach/courses/" + otherCourse + "/attempts/" + attempt).with(other))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(r.getContentAsString()).doesNotContain("secret submission");
    }

    @Test
    void theOwnerSeesEverything() throws Exception {
        for (Route route : courseRoutes()) {
            if (route.method() == HttpMethod.GET) {
                MockHttpServletResponse r = mvc.perform(build(route).with(owner)).andReturn().getResponse();
                assertThat(r.getStatus()).as(route.toString()).isEqualTo(200);
            }
        }
        String page = mvc.perform(get("/teach/courses/" + course + "/attempts/" + attempt).with(owner))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("secret submission", SECRET_STUDENT, "/play#v=1&amp;go=");
    }

    @Test
    void studentsSeeOnlyTheirOwnWork() throws Exception {
        String path = "/my/attempts/" + attempt;
        assertThat(mvc.perform(get(path).cookie(studentCookie)).andReturn().getResponse().getContentAsString())
                .contains("secret submission");
        for (Cookie c : new Cookie[] {otherStudentCookie, new Cookie(StudentCookie.NAME, "AAAAAAAAAAAAAAAAAAAAAA"),
                new Cookie(StudentCookie.NAME, "junk")}) {
            MockHttpServletResponse r = mvc.perform(get(path).cookie(c)).andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(404);
            assertThat(r.getContentAsString()).doesNotContain("secret submission");
        }
        MockHttpServletResponse anon = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(anon.getStatus()).isEqualTo(404);
        // the other student's page shows their own course only
        String my = mvc.perform(get("/my").cookie(otherStudentCookie)).andReturn().getResponse().getContentAsString();
        assertThat(my).contains("Other Student").doesNotContain(SECRET_STUDENT, SECRET_COURSE);
        // students are not instructors
        MockHttpServletResponse teach = mvc.perform(get("/teach/courses/" + course).cookie(studentCookie)).andReturn().getResponse();
        assertThat(teach.getStatus()).isEqualTo(302);
        expectNoData(teach, new Route(HttpMethod.GET, "/teach/courses/" + course, Map.of()));
    }

    @Test
    void withoutACookieTheStudentPagesSendToJoin() throws Exception {
        assertThat(mvc.perform(get("/my")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/join");
        assertThat(mvc.perform(get("/s/AAAAAAAAAAAAAAAAAAAAAA")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/s/not-a-token")).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse leave = mvc.perform(post("/my/leave").with(csrf())).andReturn().getResponse();
        assertThat(leave.getRedirectedUrl()).isEqualTo("/join");
    }

    @Test
    void setupIsClosedOnceAnInstructorExists() throws Exception {
        assertThat(mvc.perform(get("/setup")).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse r = mvc.perform(post("/setup").with(csrf()).param("username", "mallory")
                .param("password", "0123456789abc").param("confirm", "0123456789abc")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(instructors.anyExists()).isTrue();
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).doesNotContain("href=\"/setup\"");
    }

    @Test
    void aStudentCookieFromAnotherSiteCannotSubmitWithoutTheToken() throws Exception {
        long before = attempts.count();
        MockHttpServletResponse r = mvc.perform(post("/lessons/" + LESSON + "/exercises/" + PREDICT).cookie(studentCookie)
                .header("HX-Request", "true").param("submission", "anything")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(r.getHeader("Gopherscope-Reload")).isEqualTo("csrf");
        assertThat(r.getContentAsString()).contains("not saved");
        assertThat(attempts.count()).isEqualTo(before);
    }
}
