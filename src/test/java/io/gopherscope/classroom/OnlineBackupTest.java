package io.gopherscope.classroom;

import io.gopherscope.GopherscopeApplication;
import io.gopherscope.ops.OnlineBackup;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An instructor has the running server back up its embedded database ({@code /teach/backup}); the
 * zip lands in the data directory, and {@code db restore} turns it into a database holding the
 * attempt made before it. Students and anonymous visitors cannot trigger it.
 */
class OnlineBackupTest extends ClassroomTestSupport {

    @Autowired
    OnlineBackup backups;

    @TempDir
    Path dir;

    @Test
    void anInstructorBacksUpTheRunningServerAndTheBackupRestores() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "Backed up");
        createAssignment(teacher, course, "Week 1", "accept");
        Cookie student = join(course, "Ada", "");
        String answer = "ada before the backup";
        assertThat(submit(student, PREDICT, answer).getHeader("Gopherscope-Attempt")).startsWith("recorded; id=");

        int before = backups.list().size();
        MockHttpServletResponse done = mvc.perform(post("/teach/backup").with(teacher).with(csrf())).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/teach/backup");
        assertThat(backups.list()).hasSize(before + 1);
        String name = backups.list().getFirst().name();
        assertThat(name).startsWith("gopherscope-").endsWith(".zip");
        String page = mvc.perform(get("/teach/backup").with(teacher)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name).contains("Back up now");

        // Students keep working after it.
        assertThat(submit(student, PREDICT, "ada after the backup").getHeader("Gopherscope-Attempt")).startsWith("recorded; id=");

        Path restored = dir.resolve("restored");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = GopherscopeApplication.command(new String[]{"db", "restore", backups.folder().resolve(name).toString(),
                "--data-dir", restored.toString()}, out, err);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("gopherscope") + ";IFEXISTS=TRUE", "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT submission FROM attempt ORDER BY id")) {
            var submissions = new java.util.ArrayList<String>();
            while (rs.next()) {
                submissions.add(rs.getString(1));
            }
            assertThat(submissions).contains(answer).doesNotContain("ada after the backup");
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void onlyInstructorsMayBackUp() throws Exception {
        assertThat(mvc.perform(post("/teach/backup").with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .as("anonymous: to the sign-in page").endsWith("/login");
        RequestPostProcessor teacher = newInstructor();
        long course = createCourse(teacher, "No backups for students");
        Cookie student = join(course, "Mallory", "");
        int before = backups.list().size();
        MockHttpServletResponse r = mvc.perform(post("/teach/backup").cookie(student).with(csrf())).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).endsWith("/login");
        assertThat(backups.list()).hasSize(before);
        assertThat(mvc.perform(post("/teach/backup").with(teacher)).andReturn().getResponse().getStatus())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(backups.list()).hasSize(before);
    }
}
