package io.gopherscope.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Who may do what. Everything is open to anonymous visitors (the playground, the lessons, static
 * files, health, error pages) except the instructor pages under {@code /teach/**}, which need a
 * signed-in instructor (form login at {@code /login}).
 *
 * <p>CSRF: Spring Security's synchronizer token guards every state-changing request, with two
 * exceptions. The playground's POSTs ({@code /play/**}) come from the front end's {@code fetch}
 * and change only the visitor's own simulation; {@link SameOriginFilter} refuses cross-site ones
 * by {@code Origin}/{@code Sec-Fetch-Site}. A lesson exercise POST ({@code /lessons/**}) from an
 * anonymous visitor only grades and stores nothing, so it needs no token; once the visitor carries
 * the classroom's student cookie the same POST records an attempt, and then the token is required
 * (the lesson page's htmx sends it as a header, see {@code frontend/src/htmx-setup.js}).
 *
 * <p>Security headers come from {@link SecurityHeadersFilter}; Spring Security's own are off
 * except {@code Cache-Control: no-store} on the pages that show classroom data.
 *
 * <p>Implements {@link WebMvcConfigurer} only so that {@code @WebMvcTest} slices pick this
 * configuration up and test controllers behind the same rules as the application.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration implements WebMvcConfigurer {

    /** The cookie that identifies an enrolled student (set by the classroom's join and resume link). */
    public static final String STUDENT_COOKIE = "gopherscope-student";
    /** The role of instructor accounts. */
    public static final String INSTRUCTOR = "INSTRUCTOR";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final List<String> PRIVATE = List.of("/teach", "/my", "/s/", "/join", "/setup", "/login");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(SecurityConfiguration::instructorArea).hasRole(INSTRUCTOR)
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/teach").failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(SecurityConfiguration::denied))
                .headers(headers -> headers.defaultsDisabled()
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                SecurityConfiguration::privatePage, new CacheControlHeadersWriter())));
        return http.build();
    }

    /**
     * A refused request. An htmx request refused for its CSRF token (typically: the page outlived
     * its session) gets a short note the page shows in place (header {@code Gopherscope-Reload},
     * see {@code htmx-setup.js}) instead of a silent failure; anything else gets the 403 page.
     */
    static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException && request.getHeader("HX-Request") != null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setHeader("Gopherscope-Reload", "csrf");
            response.setContentType("text/html;charset=UTF-8");
            boolean zh = chinese(request);
            response.getWriter().write("<p class=\"attempt-note attempt-failed\" role=\"alert\">" + (zh
                    ? "这个页面已过期（会话已结束），本次提交没有保存。请刷新页面后再提交。"
                    : "This page has expired (its session ended), so this was not saved. Reload the page and submit again.")
                    + "</p>");
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static boolean chinese(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (WebConfiguration.LANG_COOKIE.equals(c.getName())) {
                    return c.getValue() != null && c.getValue().startsWith("zh");
                }
            }
        }
        return "zh".equals(request.getLocale().getLanguage());
    }

    static boolean instructorArea(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/teach") || path.startsWith("/teach/");
    }

    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod())) {
            return false;
        }
        String path = path(request);
        if (path.startsWith("/play/")) {
            return false;
        }
        if (path.startsWith("/lessons/")) {
            return hasStudentCookie(request);
        }
        return true;
    }

    private static boolean privatePage(HttpServletRequest request) {
        String path = path(request);
        return PRIVATE.stream().anyMatch(path::startsWith);
    }

    static boolean hasStudentCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie c : cookies) {
            if (STUDENT_COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
