package io.gopherscope.play;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The event stream of a run: ids, names, resuming, ownership. */
@WebMvcTest(controllers = {PlayController.class, RunController.class})
@Import(SimulationRegistry.class)
@EnableConfigurationProperties(PlayProperties.class)
class RunControllerTest {

    static final String CHANNEL_PROGRAM = RunForm.CHANNEL_PROGRAM;
    static final Pattern RUN_ID = Pattern.compile("data-run-id=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    String start(MockHttpSession session, String source) throws Exception {
        String html = mvc.perform(post("/play/runs").header("HX-Request", "true").session(session).param("source", source))
                .andReturn().getResponse().getContentAsString();
        Matcher m = RUN_ID.matcher(html);
        assertThat(m.find()).as("run panel in %s", html).isTrue();
        return m.group(1);
    }

    /** Opens the stream and waits (briefly) until it has delivered {@code until}. */
    String stream(MockHttpSession session, String id, String lastEventId, String until) throws Exception {
        var req = get("/play/runs/" + id + "/events").session(session);
        if (lastEventId != null) {
            req = req.header("Last-Event-ID", lastEventId);
        }
        MvcResult r = mvc.perform(req).andExpect(request().asyncStarted()).andReturn();
        long deadline = System.currentTimeMillis() + 10_000;
        String body = r.getResponse().getContentAsString();
        while (!body.contains(until) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            body = r.getResponse().getContentAsString();
        }
        return body;
    }

    @Test
    void aRunStreamsAFullSnapshotThenDeltasAndEndsWithDone() throws Exception {
        var session = new MockHttpSession();
        String id = start(session, CHANNEL_PROGRAM);
        mvc.perform(post("/play/runs/" + id + "/run").session(session)).andExpect(status().isAccepted());
        String body = stream(session, id, null, "event:done");
        assertThat(body).startsWith("event:step\ndata:{\"type\":\"full\"");
        assertThat(body).contains("id:0\n", "id:1\n", "\"type\":\"delta\"", "\"hchan\"", "event:done\ndata:{\"exitCode\":0");
        assertThat(body).contains("\"stdout\":{\"append\":\"1 2\\n\"}");
    }

    @Test
    void lastEventIdResumesAfterThatStep() throws Exception {
        var session = new MockHttpSession();
        String id = start(session, CHANNEL_PROGRAM);
        mvc.perform(post("/play/runs/" + id + "/step").param("count", "2").session(session)).andExpect(status().isAccepted());
        stream(session, id, null, "id:2\n");
        String resumed = stream(session, id, "1", "id:2\n");
        assertThat(resumed).doesNotContain("\"type\":\"full\"").doesNotContain("id:1\n").contains("id:2\n");
    }

    @Test
    void aCompileErrorEndsTheRunAtOnceWithItsDiagnostics() throws Exception {
        var session = new MockHttpSession();
        String id = start(session, "package main\n\nfunc main() {\n\tsyntax error here\n}\n");
        String body = stream(session, id, null, "event:done");
        assertThat(body).contains("\"exitCode\":1", "\"diagnostics\":[{\"line\":4",
                "\"stderr\":\"# command-line-arguments\\n./prog.go:4:");
    }

    @Test
    void runsBelongToTheBrowserSessionThatStartedThem() throws Exception {
        var mine = new MockHttpSession();
        String id = start(mine, CHANNEL_PROGRAM);
        var other = new MockHttpSession();
        mvc.perform(post("/play/runs/" + id + "/step").session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/play/runs/" + id + "/events").session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/play/runs/" + id + "/step").param("count", "0").session(mine)).andExpect(status().isBadRequest());
    }
}
