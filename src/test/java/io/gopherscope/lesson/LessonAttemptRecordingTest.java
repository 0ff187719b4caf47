package io.gopherscope.lesson;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lesson controller hands graded submissions to an {@link AttemptRecorder} and reports its
 * receipt: a stored attempt in the {@code Gopherscope-Attempt} header and a note under the
 * verdict, a storage failure as 503 (never a silent drop), nothing for a visitor the recorder
 * does not know.
 */
@WebMvcTest(controllers = LessonController.class)
@Import({LessonConfiguration.class, LessonAttemptRecordingTest.Recorder.class})
class LessonAttemptRecordingTest {

    static final AtomicReference<AttemptRecorder.Receipt> NEXT = new AtomicReference<>(AttemptRecorder.Receipt.NONE);

    @TestConfiguration
    static class Recorder {
        @Bean
        AttemptRecorder recorder() {
            return (HttpServletRequest request, Lesson lesson, Exercise exercise, String submission, Verdict verdict) -> NEXT.get();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aRecordedAttemptIsAcknowledged() throws Exception {
        NEXT.set(new AttemptRecorder.Receipt(AttemptRecorder.Status.RECORDED, Map.of("en", "Recorded for “Week 1”."), 42L));
        mvc.perform(post("/lessons/append-growslice/exercises/cap-300").header("HX-Request", "true").param("submission", "375"))
                .andExpect(status().isOk())
                .andExpect(header().string("Gopherscope-Attempt", "recorded; id=42"))
                .andExpect(content().string(allOf(containsString("verdict-fail"), containsString("attempt-note attempt-recorded"),
                        containsString("Recorded for “Week 1”."))));
    }

    @Test
    void aStorageFailureIs503AndSaysSubmitAgain() throws Exception {
        NEXT.set(new AttemptRecorder.Receipt(AttemptRecorder.Status.FAILED, Map.of("en", "could not be saved, press Check again"), null));
        mvc.perform(post("/lessons/append-growslice/exercises/cap-300").header("HX-Request", "true").param("submission", "375"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Gopherscope-Attempt", "failed"))
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("could not be saved, press Check again")));
    }

    @Test
    void notAClassroomAttemptChangesNothing() throws Exception {
        NEXT.set(AttemptRecorder.Receipt.NONE);
        mvc.perform(post("/lessons/append-growslice/exercises/cap-300").header("HX-Request", "true").param("submission", "375"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Gopherscope-Attempt"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("attempt-note"))));
    }
}
