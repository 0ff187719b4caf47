package io.gopherscope.classroom;

import io.gopherscope.testing.DatabaseKind;
import io.gopherscope.testing.DatabaseTarget;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** On PostgreSQL the backup page points to pg_dump and writes nothing. */
@DatabaseTarget(DatabaseKind.POSTGRESQL)
class OnlineBackupPostgresTest extends ClassroomTestSupport {

    @Test
    void theBackupPageSendsToPgDump() throws Exception {
        RequestPostProcessor teacher = newInstructor();
        assertThat(mvc.perform(get("/teach/backup").with(teacher)).andReturn().getResponse().getContentAsString())
                .contains("pg_dump").doesNotContain("Back up now");
        assertThat(mvc.perform(post("/teach/backup").with(teacher).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/teach/backup");
    }
}
