package io.gopherscope.classroom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first instructor from GOPHERSCOPE_ADMIN_USER / GOPHERSCOPE_ADMIN_PASSWORD (here as the
 * properties they feed), on a fresh database: the account exists after start, its password is
 * stored as a BCrypt hash, it signs in with the form, and the set-up page is closed.
 */
@SpringBootTest(properties = {"gopherscope.classroom.admin-user=boot-admin",
        "gopherscope.classroom.admin-password=first start passphrase"})
@AutoConfigureMockMvc
class ClassroomAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstructorRepository instructors;

    @Test
    void theFirstInstructorComesFromTheEnvironmentAndSignsIn() throws Exception {
        Instructor admin = instructors.findByUsername("boot-admin").orElseThrow();
        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain("first start passphrase");
        mvc.perform(formLogin("/login").user("boot-admin").password("first start passphrase"))
                .andExpect(authenticated().withUsername("boot-admin").withRoles("INSTRUCTOR"))
                .andExpect(redirectedUrl("/teach"));
        mvc.perform(formLogin("/login").user("boot-admin").password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
    }

    @Test
    void pagesAreBilingualAndLabelled() throws Exception {
        String join = mvc.perform(get("/join").param("lang", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(join).contains("<html lang=\"zh-CN\"", "加入课程", "<label for=\"code\"", "name=\"_csrf\"",
                "<meta name=\"_csrf\"");
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("Instructor sign-in", "<label for=\"username\"", "<label for=\"password\"")
                .doesNotContain("href=\"/setup\"");
    }
}
