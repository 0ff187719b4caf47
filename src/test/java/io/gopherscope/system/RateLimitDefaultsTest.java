package io.gopherscope.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shipped limits (application.properties) never refuse normal use: a whole class of 300
 * behind one NAT address working at once, and one student stepping as fast as a held-down arrow
 * key. The endpoints are stand-ins with the real paths, so only the filter does any work.
 */
@WebMvcTest(controllers = RateLimitDefaultsTest.Stand.class)
@Import(RateLimitDefaultsTest.Stand.class)
class RateLimitDefaultsTest {

    static final String NAT = "203.0.113.7";

    @TestConfiguration
    @RestController
    static class Stand {
        @PostMapping({"/play/runs", "/play/runs/{id}/reset", "/play/runs/{id}/step", "/play/runs/{id}/run",
                "/play/runs/{id}/choose", "/lessons/{id}/exercises/{exercise}"})
        String post() {
            return "ok";
        }

        @GetMapping("/play/runs/{id}/events")
        String events() {
            return "ok";
        }
    }

    @Autowired
    MockMvc mvc;

    MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder b, MockHttpSession s) {
        return b.session(s).header("HX-Request", "true").with(r -> {
            r.setRemoteAddr(NAT);
            return r;
        });
    }

    @Test
    void aClassOf300BehindOneAddressIsNeverRefused() throws Exception {
        List<MockHttpSession> students = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            students.add(new MockHttpSession());
        }
        // everyone at once: load two programs, open their streams, step through them, submit exercises
        for (int round = 0; round < 2; round++) {
            for (MockHttpSession s : students) {
                mvc.perform(from(post("/play/runs"), s)).andExpect(status().isOk());
                mvc.perform(from(get("/play/runs/r/events"), s)).andExpect(status().isOk());
            }
        }
        for (int round = 0; round < 12; round++) {
            for (MockHttpSession s : students) {
                mvc.perform(from(post("/play/runs/r/step"), s)).andExpect(status().isOk());
            }
        }
        for (int round = 0; round < 4; round++) {
            for (MockHttpSession s : students) {
                mvc.perform(from(post("/lessons/02-unbuffered/exercises/predict-1"), s)).andExpect(status().isOk());
            }
        }
    }

    @Test
    void oneStudentSteppingFastIsNeverRefused() throws Exception {
        MockHttpSession s = new MockHttpSession();
        mvc.perform(from(post("/play/runs"), s)).andExpect(status().isOk());
        // 20 s of a held-down arrow key at 30 repeats a second, all arriving at once
        for (int i = 0; i < 600; i++) {
            mvc.perform(from(post("/play/runs/r/step"), s).with(r -> {
                r.setRemoteAddr("198.51.100.1");
                return r;
            })).andExpect(status().isOk());
        }
        for (int i = 0; i < 25; i++) { // a burst of checks and resets
            mvc.perform(from(post("/lessons/02-unbuffered/exercises/predict-1"), s)).andExpect(status().isOk());
            mvc.perform(from(post("/play/runs/r/reset"), s)).andExpect(status().isOk());
        }
    }
}
