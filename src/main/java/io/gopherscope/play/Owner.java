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

    /**
     * The session's token, made on first use. Under one lock: a lesson page's sandboxes ask for it
     * at the same moment from a new session, and two tokens made at once would leave one sandbox's
     * run owned by a token the session no longer has (its stream then finds no run).
     */
    static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String s) {
            return s;
        }
        synchronized (LOCK) {
            token = session.getAttribute(ATTRIBUTE);
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

    private static final Object LOCK = new Object();
}
