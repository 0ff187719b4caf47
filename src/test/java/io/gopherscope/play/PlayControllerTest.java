package io.gopherscope.play;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(controllers = {PlayController.class, RunController.class},
        properties = {"gopherscope.play.max-source-bytes=200", "gopherscope.play.max-sessions-per-client=2"})
@Import(SimulationRegistry.class)
@EnableConfigurationProperties(PlayProperties.class)
class PlayControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rootRedirectsToThePlayground() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/play"));
    }

    @Test
    void playgroundPageHasTheEditorAndOnlyLocalScripts() throws Exception {
        mvc.perform(get("/play"))
                .andExpect(status().isOk())
                .andExpect(view().name("play/play"))
                .andExpect(content().string(allOf(
                        containsString("make(chan int, 2)"),
                        containsString("/webjars/htmx.org/"),
                        containsString("/webjars/codemirror/"),
                        containsString("<script type=\"module\" src=\"/src/main.js\">"),
                        not(containsString("src=\"http")), not(containsString("href=\"http")),
                        not(containsString("src=\"//")), not(containsString("href=\"//")),
                        not(containsString("<script>")))))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void startingARunAnswersTheRunPanelFragment() throws Exception {
        mvc.perform(post("/play/runs").header("HX-Request", "true").session(new MockHttpSession())
                        .param("source", "package main\n\nfunc main() {\n}\n").param("go", "1.19").param("seed", "7").param("maxprocs", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-events=\"/play/runs/"),
                        containsString("data-step=\"/play/runs/"),
                        containsString("data-action=\"step\""),
                        containsString("seed</span> <span>7</span>"),
                        containsString("data-choose=\"/play/runs/"),
                        not(containsString("<html")))));
    }

    @Test
    void tooLargeAProgramGetsAClearMessage() throws Exception {
        String big = "package main\n\nfunc main() {\n" + "\t// padding\n".repeat(40) + "}\n";
        mvc.perform(post("/play/runs").header("HX-Request", "true").param("source", big))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("accepts programs of up to 200 bytes"))));
    }

    @Test
    void anUnknownGoVersionIsRefusedPolitely() throws Exception {
        mvc.perform(post("/play/runs").header("HX-Request", "true").param("source", "package main").param("go", "2.0"))
                .andExpect(content().string(containsString("Choose a Go version between 1.19 and 1.24.")));
    }

    @Test
    void crossSitePostsAreRefused() throws Exception {
        mvc.perform(post("/play/runs").header("Origin", "https://evil.example").header("Host", "localhost:8080")
                        .param("source", "package main"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/play/runs").header("Sec-Fetch-Site", "cross-site").param("source", "package main"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/play/runs").header("HX-Request", "true").header("Origin", "http://localhost:8080")
                        .header("Host", "localhost:8080").param("source", "package main\n\nfunc main() {\n}\n"))
                .andExpect(status().isOk());
    }

    @Test
    void thePageSpeaksEnglishOrSimplifiedChinese() throws Exception {
        mvc.perform(get("/play"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString(">Load program<"),
                        containsString("data-ui-messages=\"{"), containsString("Keyboard shortcuts"))));
        mvc.perform(get("/play").param("lang", "zh-CN"))
                .andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\""), containsString(">载入程序<"),
                        containsString("键盘快捷键"), containsString("&quot;status.running&quot;:&quot;运行中&quot;"))));
        mvc.perform(get("/play").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(content().string(containsString(">载入程序<")));
        mvc.perform(get("/play").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString(">Load program<")));
    }

    @Test
    void problemsAreReportedInTheVisitorsLanguage() throws Exception {
        mvc.perform(post("/play/runs").header("HX-Request", "true").param("source", " ").param("lang", "zh-CN"))
                .andExpect(content().string(containsString("没有可运行的程序")));
        mvc.perform(post("/play/runs").header("HX-Request", "true").param("source", "package main").param("maxprocs", "99"))
                .andExpect(content().string(containsString("GOMAXPROCS must be between 1 and 64.")));
    }

    @Test
    void resetOfAnUnknownRunIsNotFound() throws Exception {
        mvc.perform(post("/play/runs/nope/reset")).andExpect(status().isNotFound());
    }
}
