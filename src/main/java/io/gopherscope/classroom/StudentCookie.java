package io.gopherscope.classroom;

import io.gopherscope.system.SecurityConfiguration;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The student's identity in the browser: the token in an HttpOnly, SameSite=Lax cookie (Secure
 * when the request came over HTTPS). SameSite=Lax keeps it off cross-site POSTs, and the lesson
 * POST needs a CSRF token while it is present ({@link SecurityConfiguration}).
 */
@Component
class StudentCookie {
    static final String NAME = SecurityConfiguration.STUDENT_COOKIE;
    static final Duration MAX_AGE = Duration.ofDays(365);

    private final StudentRepository students;

    StudentCookie(StudentRepository students) {
        this.students = students;
    }

    /** The token the browser sent, if it has the right shape. */
    static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (NAME.equals(c.getName()) && Tokens.looksLikeToken(c.getValue())) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The student the browser's cookie names. */
    Optional<Student> current(HttpServletRequest request) {
        return token(request).flatMap(this::byToken);
    }

    Optional<Student> byToken(String token) {
        return Tokens.looksLikeToken(token) ? students.findByTokenHash(Tokens.hash(token)) : Optional.empty();
    }

    static void set(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", cookie(request, token, MAX_AGE).toString());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie(request, "", Duration.ZERO).toString());
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value).httpOnly(true).sameSite("Lax").secure(request.isSecure())
                .path("/").maxAge(maxAge).build();
    }
}
