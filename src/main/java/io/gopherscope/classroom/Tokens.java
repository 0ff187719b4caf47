package io.gopherscope.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Random secrets: students' tokens and courses' join codes. */
final class Tokens {
    /** Join code letters: no 0/O, 1/I/L, 5/S, 2/Z, 8/B, so a code read aloud or from a projector survives. */
    static final String CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    /** 8 letters of 25: about 37 bits, with joins rate-limited. */
    static final int CODE_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A student's secret: 128 random bits, URL-safe base64 (22 characters). */
    static String studentToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code s} has the shape of a student token (so junk never reaches the database). */
    static boolean looksLikeToken(String s) {
        return s != null && s.length() == 22 && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    /** Hex SHA-256: what the database keeps of a token. */
    static String hash(String token) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static String joinCode() {
        StringBuilder sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A typed code in stored form: upper case, without spaces and dashes; null if it cannot be one. */
    static String normalizeCode(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return s.length() == CODE_LENGTH && s.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0) ? s : null;
    }

    /** ABCD-EFGH: how a code is shown. */
    static String displayCode(String code) {
        return code.length() == CODE_LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }
}
