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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
        assertThat(body).contains("id:0-0\n", "id:0-1\n", "\"type\":\"delta\"", "\"hchan\"", "event:done\ndata:{\"exitCode\":0");
        assertThat(body).contains("\"stdout\":{\"append\":\"1 2\\n\"}");
    }

    @Test
    void lastEventIdResumesAfterThatStep() throws Exception {
        var session = new MockHttpSession();
        String id = start(session, CHANNEL_PROGRAM);
        mvc.perform(post("/play/runs/" + id + "/step").param("count", "2").session(session)).andExpect(status().isAccepted());
        stream(session, id, null, "id:0-2\n");
        String resumed = stream(session, id, "0-1", "id:0-2\n");
        assertThat(resumed).doesNotContain("\"type\":\"full\"").doesNotContain("id:0-1\n").contains("id:0-2\n");
    }

    @Test
    void aCompileErrorEndsTheRunAtOnceWithItsDiagnostics() throws Exception {
        var session = new MockHttpSession();
        String id = start(session, "package main\n\nfunc main() {\n\tsyntax error here\n}\n");
        String body = stream(session, id, null, "event:done");
        assertThat(body).contains("\"exitCode\":1", "\"diagnostics\":[{\"line\":4",
                "\"stderr\":\"# command-line-arguments\\n./prog.go:4:");
    }

    static final String TWO = """
            package main

            import "fmt"

            func main() {
            	done := make(chan bool)
            	go func() {
            		fmt.Println("A")
            		done <- true
            	}()
            	go func() {
            		fmt.Println("B")
            		done <- true
            	}()
            	<-done
            	<-done
            }
            """;

    @Test
    void manualSchedulingRunsTheChosenGoroutineNextAndCanBranchAFinishedRun() throws Exception {
        var session = new MockHttpSession();
        String id = start(session, TWO);
        mvc.perform(post("/play/runs/" + id + "/run").session(session)).andExpect(status().isAccepted());
        String body = stream(session, id, null, "event:done");
        assertThat(body).contains("\"stdout\":\"B\\nA\\n\"");
        // find the first step where both goroutines are runnable (both created)
        long at = -1;
        for (String event : body.split("\n\n")) {
            Matcher m = Pattern.compile("id:0-(\\d+)").matcher(event);
            if (m.find() && event.contains("\"newproc G7\"")) {
                at = Long.parseLong(m.group(1));
                break;
            }
        }
        assertThat(at).as("the step that created G7").isPositive();
        // G1 is running there: it cannot be chosen; an unknown step is not found
        mvc.perform(post("/play/runs/" + id + "/choose").param("goid", "1").param("step", Long.toString(at)).session(session))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not runnable")));
        mvc.perform(post("/play/runs/" + id + "/choose").param("goid", "6").param("step", "99999").session(session))
                .andExpect(status().isNotFound());
        // choosing G6 branches the finished run at that step: the old ending is gone, A prints first
        mvc.perform(post("/play/runs/" + id + "/choose").param("goid", "6").param("step", Long.toString(at)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"step\":" + at + ",\"goid\":6,\"lastEventId\":\"1-" + at + "\"}"));
        // the stream resumes on the new branch from the id the answer gave
        String branch = stream(session, id, "1-" + at, "id:1-" + (at + 1) + "\n");
        assertThat(branch).doesNotContain("\"type\":\"full\"").contains("id:1-" + (at + 1) + "\n");
        mvc.perform(post("/play/runs/" + id + "/run").session(session)).andExpect(status().isAccepted());
        String rest = stream(session, id, "1-" + (at + 1), "event:done");
        assertThat(rest).contains("\"stdout\":\"A\\nB\\n\"");
        // another browser session cannot choose
        mvc.perform(post("/play/runs/" + id + "/choose").param("goid", "6").param("step", "0").session(new MockHttpSession()))
                .andExpect(status().isNotFound());
    }

    @Test
    void choosingAtAnEarlierStepOfALiveStreamSendsARewind() throws Exception {
        var session = new MockHttpSession();
        String id = start(session, TWO);
        mvc.perform(post("/play/runs/" + id + "/step").param("count", "8").session(session)).andExpect(status().isAccepted());
        String body = stream(session, id, null, "id:0-8\n");
        long at = -1;
        for (String event : body.split("\n\n")) {
            Matcher m = Pattern.compile("id:0-(\\d+)").matcher(event);
            if (m.find() && event.contains("\"newproc G7\"")) {
                at = Long.parseLong(m.group(1));
            }
        }
        assertThat(at).isPositive().isLessThan(8);
        var events = mvc.perform(get("/play/runs/" + id + "/events").session(session)).andReturn();
        long attached = System.currentTimeMillis() + 10_000;
        while (!events.getResponse().getContentAsString().contains("id:0-8\n") && System.currentTimeMillis() < attached) {
            Thread.sleep(20);
        }
        mvc.perform(post("/play/runs/" + id + "/choose").param("goid", "6").param("step", Long.toString(at)).session(session))
                .andExpect(status().isOk());
        long deadline = System.currentTimeMillis() + 10_000;
        String live = events.getResponse().getContentAsString();
        while (!live.contains("event:rewind") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            live = events.getResponse().getContentAsString();
        }
        assertThat(live).contains("event:rewind\ndata:{\"step\":" + at + ",\"branch\":1}\nid:1-" + at + "\n");
        String afterRewind = live.substring(live.indexOf("event:rewind"));
        assertThat(afterRewind).contains("id:1-" + (at + 1) + "\n");

        // a browser that reconnects with an id of the old branch gets the new branch whole, from a full
        // snapshot: its step 8 of branch 0 is not step 8 of branch 1
        String fromOld = stream(session, id, "0-8", "id:1-" + (at + 1) + "\n");
        assertThat(fromOld).startsWith("event:step\ndata:{\"type\":\"full\"").contains("id:1-0\n").doesNotContain("id:0-");
        // the same with a bare step number (ids before branches) or garbage
        assertThat(stream(session, id, "3", "id:1-0\n")).startsWith("event:step\ndata:{\"type\":\"full\"");
        assertThat(stream(session, id, "x-y", "id:1-0\n")).startsWith("event:step\ndata:{\"type\":\"full\"");
        // and one of the current branch resumes after it
        String same = stream(session, id, "1-" + at, "id:1-" + (at + 1) + "\n");
        assertThat(same).doesNotContain("\"type\":\"full\"").startsWith("event:step\ndata:{\"type\":\"delta\",\"step\":" + (at + 1));
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
