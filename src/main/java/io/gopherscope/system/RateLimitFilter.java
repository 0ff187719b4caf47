package io.gopherscope.system;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-client request rate limits: the rules of {@link RateLimitProperties}, each a token bucket
 * per browser session and a larger one per network address.
 *
 * <p><b>Who is a client.</b> A request that belongs to an existing HTTP session (the container
 * found the session its cookie names, so a made-up cookie does not count) is counted against that
 * session's bucket <em>and</em> against its address's bucket; a request without a session only
 * against its address's bucket. A class of 300 students behind one NAT address therefore gets 300
 * session buckets, and only the address bucket, sized for a whole class, is shared. Someone who
 * drops their cookie to get a fresh bucket each time still meets the address bucket.
 *
 * <p><b>The address</b> is {@link HttpServletRequest#getRemoteAddr()}. This filter never reads
 * {@code X-Forwarded-For} itself: with {@code server.forward-headers-strategy=native} (Tomcat's
 * RemoteIpValve, which trusts only proxies on internal addresses) or {@code =framework} (Spring's
 * ForwardedHeaderFilter, which runs before this one) the remote address already is the one the
 * proxy reports; without the setting the header is ignored, so a client cannot pick its own key.
 *
 * <p><b>Over the limit</b> the answer is 429 with {@code Retry-After} (seconds): for a page
 * request (Accept: text/html, no {@code HX-Request}) the error page {@code error/429.html} in the
 * visitor's language; for htmx, fetch and EventSource a short plain-text sentence that the page
 * shows as it is.
 *
 * <p>It runs after Spring Session's filter (so the session is found there too when sessions are
 * shared between nodes) and before Spring Security's, so refused requests cost no more than a
 * map lookup. Buckets live in this node's memory: behind a load balancer each node counts its own
 * share.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
@EnableConfigurationProperties(RateLimitProperties.class) // also in @WebMvcTest slices, which include filters
public class RateLimitFilter extends OncePerRequestFilter {

    /** The request attribute that tells {@code error/429.html} how many seconds to wait. */
    static final String RETRY_AFTER_ATTRIBUTE = "retryAfter";

    private record CompiledRule(String name, List<String> methods, List<PathPattern> paths,
                                RateLimiter.Limit client, RateLimiter.Limit address) {
        boolean matches(String method, PathContainer path) {
            if (!methods.isEmpty() && !methods.contains(method)) {
                return false;
            }
            for (PathPattern p : paths) {
                if (p.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<CompiledRule> rules;
    private final RateLimiter limiter;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> localeResolver;

    @Autowired
    RateLimitFilter(RateLimitProperties props, MessageSource messages, ObjectProvider<LocaleResolver> localeResolver) {
        this(props, messages, localeResolver, TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimitFilter(RateLimitProperties props, MessageSource messages, ObjectProvider<LocaleResolver> localeResolver,
                    TimeMeter clock) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.limiter = new RateLimiter(clock, props.maxClients());
        List<CompiledRule> compiled = new ArrayList<>();
        if (props.enabled()) {
            for (Map.Entry<String, RateLimitProperties.Rule> e : props.rules().entrySet()) {
                RateLimitProperties.Rule r = e.getValue();
                if (!r.enabled() || r.paths().isEmpty()) {
                    continue;
                }
                List<PathPattern> paths = r.paths().stream().map(p -> PathPatternParser.defaultInstance.parse(p.strip())).toList();
                compiled.add(new CompiledRule(e.getKey(), r.methods(), paths,
                        new RateLimiter.Limit(r.capacity(), r.refillPerMinute()),
                        new RateLimiter.Limit(r.addressCapacity(), r.addressRefillPerMinute())));
            }
        }
        this.rules = List.copyOf(compiled);
    }

    /** The names of the rules in force, for tests and the startup log. */
    List<String> ruleNames() {
        return rules.stream().map(CompiledRule::name).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return rules.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        PathContainer path = PathContainer.parsePath(context.isEmpty() ? uri : uri.substring(context.length()));
        String method = request.getMethod();
        for (CompiledRule rule : rules) {
            if (!rule.matches(method, path)) {
                continue;
            }
            RateLimiter.Decision d = decide(rule, request);
            if (!d.allowed()) {
                refuse(request, response, d.retryAfterSeconds());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private RateLimiter.Decision decide(CompiledRule rule, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            RateLimiter.Decision mine = limiter.tryConsume(rule.name() + " s " + session.getId(), rule.client());
            if (!mine.allowed()) {
                return mine;
            }
        }
        return limiter.tryConsume(rule.name() + " a " + request.getRemoteAddr(), rule.address());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean page = request.getHeader("HX-Request") == null && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (page) {
            request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
            response.sendError(429); // rendered by error/429.html, with the site's layout and language
            return;
        }
        response.setStatus(429);
        response.setContentType("text/plain;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(messages.getMessage("rateLimit.text", new Object[] {seconds},
                "Too many requests: wait " + seconds + " s and try again.", locale(request)));
    }

    private Locale locale(HttpServletRequest request) {
        LocaleResolver r = localeResolver.getIfAvailable();
        Locale l = r != null ? r.resolveLocale(request) : request.getLocale();
        return WebConfiguration.SupportedLocales.pick(l);
    }

    /** How many buckets are in memory (for tests). */
    int trackedBuckets() {
        return limiter.size();
    }
}
