package io.gopherscope.play;

import jakarta.servlet.http.HttpSession;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The browser session a simulation belongs to: a random token kept in the HTTP session, so a
 * simulation id leaked to another browser is useless there.
 */
final class Owner {
    private static final String ATTRIBUTE = Owner.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Owner() {
    }

    static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String s) {
            return s;
        }
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String s = HexFormat.of().formatHex(b);
        session.setAttribute(ATTRIBUTE, s);
        return s;
    }
}
