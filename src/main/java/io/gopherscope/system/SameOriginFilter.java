package io.gopherscope.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery guard for state-changing requests, without tokens: a POST (PUT,
 * PATCH, DELETE) is refused when the browser says it comes from another site, through the
 * {@code Origin} header or, when that is absent, {@code Sec-Fetch-Site}. Together with the
 * SameSite session cookie this keeps other sites from starting or stepping runs in a student's
 * session. Requests without either header (curl, tests) are not from a browser and pass.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SameOriginFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-site request refused");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null")) {
            String host = request.getHeader("Host");
            try {
                URI o = URI.create(origin);
                String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
                return host == null || !host.equalsIgnoreCase(authority) && !host.equalsIgnoreCase(o.getHost());
            } catch (IllegalArgumentException e) {
                return true;
            }
        }
        if (origin != null) {
            return true; // "null": sandboxed frame or opaque origin
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && site.equals("cross-site");
    }
}
