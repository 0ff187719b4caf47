package io.gopherscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person at a browser, for tests against a real server ({@link ServerProcess}): a cookie jar,
 * redirects followed, and the CSRF token of the last page seen (the layout's
 * {@code <meta name="_csrf">}, or a form's hidden {@code _csrf} field) sent with every form post.
 * Thread-safe enough for one user per thread.
 */
public final class WebUser {

    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FIELD_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** What came back, after redirects. */
    public record Page(int status, String body, URI uri, Map<String, List<String>> headers) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    private final ServerProcess server;
    private final HttpClient client;
    private volatile String csrf;

    public WebUser(ServerProcess server) {
        this.server = server;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).GET());
    }

    /** Posts a form with the CSRF token of the last page (fetch a page first), as a browser's form would. */
    public Page post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    public Page post(String path, Map<String, String> form, Map<String, String> headers) {
        StringBuilder body = new StringBuilder(form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
        if (csrf != null && !form.containsKey("_csrf")) {
            body.append(body.isEmpty() ? "" : "&").append("_csrf=").append(encode(csrf));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts repeated fields (checkboxes): each pair is one field. */
    public Page postPairs(String path, List<Map.Entry<String, String>> pairs) {
        String body = pairs.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            body += (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf);
        }
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String token = find(META_TOKEN, r.body());
            if (token == null) {
                token = find(FIELD_TOKEN, r.body());
            }
            if (token != null) {
                csrf = token;
            }
            return new Page(r.statusCode(), r.body(), r.uri(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
