package io.gopherscope.classroom;

import java.nio.charset.StandardCharsets;

/** Input limits of the classroom's forms, the same as the database columns allow. */
final class Limits {
    static final int USERNAME = 64;
    static final int PASSWORD_MIN = 10;
    /** BCrypt uses the first 72 bytes only; longer passwords are refused rather than cut. */
    static final int PASSWORD_MAX_BYTES = 72;
    static final int COURSE_NAME = 120;
    static final int TITLE = 160;
    static final int DISPLAY_NAME = 80;
    static final int STUDENT_NUMBER = 40;
    static final int MAX_EXERCISES = 100;
    static final int MAX_POINTS = 1000;

    private Limits() {
    }

    /** Trims and collapses white space; control characters become spaces. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    static boolean tooLong(String s, int max) {
        return s.codePointCount(0, s.length()) > max;
    }

    static boolean validUsername(String s) {
        return s.length() >= 3 && s.length() <= USERNAME && s.matches("[A-Za-z0-9._@-]+");
    }

    /** A message key when the password is unacceptable, else null. */
    static String passwordProblem(String password, String confirm) {
        if (password == null || password.length() < PASSWORD_MIN) {
            return "classroom.password.short";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return "classroom.password.long";
        }
        if (!password.equals(confirm)) {
            return "classroom.password.mismatch";
        }
        return null;
    }
}
