package io.gopherscope.lesson;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The lesson pages and grading through HTTP: one exercise of each kind, wrong and right. */
@WebMvcTest(controllers = LessonController.class)
@Import(LessonConfiguration.class)
class LessonControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void indexListsTheLessonsInOrder() throws Exception {
        mvc.perform(get("/lessons"))
                .andExpect(status().isOk())
                .andExpect(view().name("lesson/index"))
                .andExpect(content().string(allOf(containsString("Goroutines and the scheduler"),
                        containsString("href=\"/lessons/goroutines\""), containsString("Swiss tables"))));
    }

    @Test
    void lessonPageRendersProseSandboxesAndExercises() throws Exception {
        mvc.perform(get("/lessons/unbuffered-channels"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h2>Sudogs: a parked goroutine"),
                        containsString("<figure class=\"sandbox\" data-file=\"examples/sendq-order.go\""),
                        containsString("name=\"source\" value=\"package main"),
                        containsString("hx-post=\"/lessons/unbuffered-channels/exercises/self-send\""),
                        containsString("<table>"),
                        not(containsString("<script>")))));
    }

    @Test
    void chineseLessonPage() throws Exception {
        mvc.perform(get("/lessons/goroutines").param("lang", "zh-CN").locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("goroutine 与调度器"), containsString("在演练场中打开"))));
    }

    @Test
    void predictWrongThenRight() throws Exception {
        mvc.perform(post("/lessons/append-growslice/exercises/cap-300").header("HX-Request", "true")
                        .param("submission", "375"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("verdict-fail"), containsString("pre-1.18 rule"))));
        mvc.perform(post("/lessons/append-growslice/exercises/cap-300").header("HX-Request", "true")
                        .param("submission", "608"))
                .andExpect(content().string(containsString("verdict-ok")));
    }

    @Test
    void fixBugNamesTheFailedCheck() throws Exception {
        String starter = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n\tfmt.Println(<-ch)\n}\n";
        mvc.perform(post("/lessons/unbuffered-channels/exercises/self-send").header("HX-Request", "true")
                        .param("submission", starter))
                .andExpect(content().string(allOf(containsString("verdict-fail"),
                        containsString("the exit status is 0: the exit status was 2"))));
        String fixed = starter.replace("\tch <- 1\n", "\tgo func() { ch <- 1 }()\n");
        mvc.perform(post("/lessons/unbuffered-channels/exercises/self-send").header("HX-Request", "true")
                        .param("submission", fixed))
                .andExpect(content().string(allOf(containsString("verdict-ok"), containsString("All checks passed"))));
    }

    @Test
    void reachStateAndScheduleKinds() throws Exception {
        mvc.perform(post("/lessons/unbuffered-channels/exercises/who-parks").header("HX-Request", "true")
                        .param("submission", ""))
                .andExpect(content().string(containsString("the sender parks in sendq")));
        mvc.perform(post("/lessons/unbuffered-channels/exercises/who-parks").header("HX-Request", "true")
                        .param("submission", "2 6\n"))
                .andExpect(content().string(containsString("verdict-ok")));
        mvc.perform(post("/lessons/map-structure/exercises/full-bucket").header("HX-Request", "true")
                        .param("submission", "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 8; i++ {\n\t\tm[i] = i\n\t}\n}\n"))
                .andExpect(content().string(containsString("verdict-ok")));
    }

    @Test
    void withoutHtmxTheWholePageComesBack() throws Exception {
        String html = mvc.perform(post("/lessons/append-growslice/exercises/two-bytes").param("submission", "8"))
                .andExpect(view().name("lesson/lesson"))
                .andExpect(content().string(allOf(containsString("verdict-ok"), containsString("<article class=\"prose\">"))))
                .andReturn().getResponse().getContentAsString();
        org.junit.jupiter.api.Assertions.assertEquals(1, html.split("verdict-message", -1).length - 1,
                "the verdict appears once, under its exercise");
        mvc.perform(get("/lessons/goroutines")).andExpect(content().string(not(containsString("verdict-message"))));
    }

    @Test
    void unknownLessonsAndExercisesAre404() throws Exception {
        mvc.perform(get("/lessons/nope")).andExpect(status().isNotFound());
        mvc.perform(post("/lessons/goroutines/exercises/nope").param("submission", "x")).andExpect(status().isNotFound());
    }
}
