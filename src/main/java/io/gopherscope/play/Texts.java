package io.gopherscope.play;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * Messages in the language of the browser that started a run. A run's messages (budgets, errors,
 * eviction) are written long after the request that started it, on worker threads, so the run
 * keeps the locale it was started in.
 */
@FunctionalInterface
interface Texts {

    String get(String key, Object... args);

    static Texts of(MessageSource messages, Locale locale) {
        return (key, args) -> messages.getMessage(key, args, key, locale);
    }
}
