package io.gopherscope.lesson;

import java.util.Map;

/** Language fallback for texts given per language ({@code en}, {@code zh}). */
final class Texts {
    static final String DEFAULT_LANG = "en";

    private Texts() {
    }

    /** The text in {@code lang}, else English, else any, else null. */
    static String pick(Map<String, String> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String t = texts.get(lang);
        if (t == null) {
            t = texts.get(DEFAULT_LANG);
        }
        return t != null ? t : texts.values().iterator().next();
    }

    /** Picks between an English and a Chinese template. */
    static String of(String lang, String en, String zh) {
        return "zh".equals(lang) ? zh : en;
    }
}
