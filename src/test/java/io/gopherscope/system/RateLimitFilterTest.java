package io.gopherscope.system;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The filter with a small rule on a test endpoint: a burst of 3 per session and 5 per address,
 * one token a minute, so the fourth request of a session is refused with Retry-After. The test
 * endpoint is not exempt from CSRF (SecurityConfiguration), so its POSTs carry a token.
 */
@WebMvcTest(controllers = RateLimitFilterTest.Stub.class)
@Import(RateLimitFilterTest.Stub.class)
@TestPropertySource(properties = {
        "gopherscope.rate-limits.rules.test.methods=POST",
        "gopherscope.rate-limits.rules.test.paths=/test-only/limited/{id}",
        "gopherscope.rate-limits.rules.test.capacity=3",
        "gopherscope.rate-limits.rules.test.refill-per-minute=1",
        "gopherscope.rate-limits.rules.test.address-capacity=5",
        "gopherscope.rate-limits.rules.test.address-refill-per-minute=1",
})
class RateLimitFilterTest {

    @TestConfiguration
    @RestController
    static class Stub {
        @PostMapping("/test-only/limited/{id}")
        String limited() {
            return "ok";
        }

        @GetMapping("/test-only/limited/{id}")
        String read() {
            return "ok";
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RateLimitFilter filter;

    MockHttpServletRequestBuilder hx(MockHttpSession session, String address) {
        return post("/test-only/limited/1").with(csrf()).session(session).header("HX-Request", "true")
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
    }

    @Test
    void theDefaultRulesAndTheTestRuleAreInForce() {
        assertThat(filter.ruleNames()).contains("lesson-submit", "play-create", "play-step", "play-stream", "test");
    }

    @Test
    void overTheLimitAnHtmxRequestGets429WithRetryAfterAndAPlainSentence() throws Exception {
        var session = new MockHttpSession();
        for (int i = 0; i < 3; i++) {
            mvc.perform(hx(session, "10.0.0.1")).andExpect(status().isOk());
        }
        var r = mvc.perform(hx(session, "10.0.0.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60")) // one token a minute
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn();
        assertThat(r.getResponse().getContentAsString()).isEqualTo("Too many requests: wait 60 s and try again.");
    }

    @Test
    void theSentenceIsInTheVisitorsLanguage() throws Exception {
        var session = new MockHttpSession();
        for (int i = 0; i < 3; i++) {
            mvc.perform(hx(session, "10.0.0.2"));
        }
        var r = mvc.perform(hx(session, "10.0.0.2").locale(Locale.SIMPLIFIED_CHINESE).header("Accept-Language", "zh-CN"))
                .andExpect(status().isTooManyRequests()).andReturn();
        assertThat(r.getResponse().getContentAsString()).isEqualTo("请求太频繁：请等待 60 秒后再试。");
    }

    @Test
    void aPageRequestIsSentToTheErrorPage() throws Exception {
        var session = new MockHttpSession();
        for (int i = 0; i < 3; i++) {
            mvc.perform(hx(session, "10.0.0.3"));
        }
        var r = mvc.perform(post("/test-only/limited/1").with(csrf()).session(session).accept("text/html").with(req -> {
            req.setRemoteAddr("10.0.0.3");
            return req;
        })).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60")).andReturn();
        // MockMvc does not render error pages; the server does (RateLimitPageTest)
        assertThat(r.getRequest().getAttribute(RateLimitFilter.RETRY_AFTER_ATTRIBUTE)).isEqualTo(60L);
    }

    @Test
    void sessionsBehindOneAddressHaveTheirOwnBucketsAndShareTheAddressCeiling() throws Exception {
        var a = new MockHttpSession();
        var b = new MockHttpSession();
        for (int i = 0; i < 3; i++) {
            mvc.perform(hx(a, "10.0.0.4")).andExpect(status().isOk());
        }
        mvc.perform(hx(a, "10.0.0.4")).andExpect(status().isTooManyRequests());
        // b is not held back by a's empty bucket; the address had 5 and a took 3 of them
        mvc.perform(hx(b, "10.0.0.4")).andExpect(status().isOk());
        mvc.perform(hx(b, "10.0.0.4")).andExpect(status().isOk());
        mvc.perform(hx(b, "10.0.0.4")).andExpect(status().isTooManyRequests());
        // another address is another ceiling
        mvc.perform(hx(new MockHttpSession(), "10.0.0.5")).andExpect(status().isOk());
    }

    @Test
    void withoutASessionOnlyTheAddressCountsAndAMadeUpCookieDoesNotHelp() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/test-only/limited/1").with(csrf()).cookie(new Cookie("JSESSIONID", "made-up-" + i)).with(r -> {
                r.setRemoteAddr("10.0.0.6");
                return r;
            })).andExpect(status().isOk());
        }
        mvc.perform(post("/test-only/limited/1").with(csrf()).cookie(new Cookie("JSESSIONID", "made-up-x")).with(r -> {
            r.setRemoteAddr("10.0.0.6");
            return r;
        })).andExpect(status().isTooManyRequests());
    }

    @Test
    void xForwardedForIsIgnoredWithoutAForwardHeadersStrategy() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/test-only/limited/1").with(csrf()).header("X-Forwarded-For", "192.0.2." + i).with(r -> {
                r.setRemoteAddr("10.0.0.7");
                return r;
            })).andExpect(status().isOk());
        }
        mvc.perform(post("/test-only/limited/1").with(csrf()).header("X-Forwarded-For", "192.0.2.99").with(r -> {
            r.setRemoteAddr("10.0.0.7");
            return r;
        })).andExpect(status().isTooManyRequests());
    }

    @Test
    void otherMethodsAndPathsAreNotCounted() throws Exception {
        var session = new MockHttpSession();
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/test-only/limited/1").session(session)).andExpect(status().isOk());
        }
    }
}
