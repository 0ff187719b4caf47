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

/**
 * Security headers on every response. The Content-Security-Policy allows scripts and styles only
 * from this server: no inline scripts, no CDN, no eval (htmx runs with {@code allowEval: false}).
 * Styles set through the CSSOM (as CodeMirror and our SVG views do) are not inline styles and stay
 * allowed.
 *
 * <p>No page may be framed by another site, and only one may be framed at all: a lesson's
 * embedded sandbox ({@code /play/embed}), by this site's own lesson pages ({@code frame-ancestors
 * 'self'}, {@code X-Frame-Options: SAMEORIGIN}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The same policy for the one page this site frames itself. */
    static final String EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
    static final String EMBED_PATH = "/play/embed";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean embed = (request.getContextPath() + EMBED_PATH).equals(request.getRequestURI());
        response.setHeader("Content-Security-Policy", embed ? EMBED_CSP : CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", embed ? "SAMEORIGIN" : "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true; // headers were set on the original dispatch of an SSE response
    }
}
