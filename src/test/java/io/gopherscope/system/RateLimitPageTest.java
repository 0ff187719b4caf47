package io.gopherscope.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A page request over the limit gets the site's 429 page, in the visitor's language, on the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gopherscope.rate-limits.rules.page.methods=GET",
        "gopherscope.rate-limits.rules.page.paths=/lessons",
        "gopherscope.rate-limits.rules.page.capacity=1",
        "gopherscope.rate-limits.rules.page.refill-per-minute=2",
        "gopherscope.rate-limits.rules.page.address-capacity=2",
        "gopherscope.rate-limits.rules.page.address-refill-per-minute=2",
})
class RateLimitPageTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> page(String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lessons"))
                .header("Accept", "text/html").header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theThirdPageFromOneAddressIsTheLocalized429Page() throws Exception {
        assertThat(page("en").statusCode()).isEqualTo(200);
        assertThat(page("en").statusCode()).isEqualTo(200);
        var en = page("en");
        assertThat(en.statusCode()).isEqualTo(429);
        int wait = Integer.parseInt(en.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1, 30); // 2 a minute: one every 30 s
        assertThat(en.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(en.body()).contains("Too many requests", "Wait " + wait + " seconds, then try again.", "/styles/app.css")
                .doesNotContain("Exception");
        var zh = page("zh-CN");
        assertThat(zh.statusCode()).isEqualTo(429);
        assertThat(zh.body()).contains("lang=\"zh-CN\"", "请求太频繁", "请等待");
    }
}
