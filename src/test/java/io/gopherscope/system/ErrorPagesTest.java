package io.gopherscope.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, error pages and headers on the real server: never a Java stack trace or exception text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.Boom.class)
class ErrorPagesTest {

    @TestConfiguration
    @RestController
    static class Boom {
        @GetMapping("/test-only/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUp() throws Exception {
        var r = get("/actuator/health", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void notFoundIsAFriendlyPage() throws Exception {
        var r = get("/no/such/page", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("There is nothing at this address").contains("/play");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void serverErrorsShowNoStackTraceNorExceptionText() throws Exception {
        var html = get("/test-only/boom", "text/html");
        assertThat(html.statusCode()).isEqualTo(500);
        assertThat(html.body()).contains("This is a bug in Gopherscope")
                .doesNotContain("secret internal detail").doesNotContain("IllegalStateException").doesNotContain("\tat ");
        var json = get("/test-only/boom", "application/json");
        assertThat(json.statusCode()).isEqualTo(500);
        assertThat(json.body()).doesNotContain("secret internal detail").doesNotContain("trace").doesNotContain("IllegalStateException");
    }

    @Test
    void frontendModulesAreServed() throws Exception {
        var r = get("/src/main.js", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(get("/styles/app.css", "*/*").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js", "*/*").statusCode()).isEqualTo(200);
    }
}
