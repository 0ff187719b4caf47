package io.gopherscope.system;

import io.gopherscope.trace.Json;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every page needs to speak the visitor's language: {@code lang} (the {@code <html lang>}
 * value, {@code en} or {@code zh-CN}) and {@code uiMessages}, the {@code js.*} messages as one
 * JSON object for the front end's {@code i18n.js} (with the {@code js.} prefix dropped). The
 * front end fills in their {0}-style arguments itself, so these messages are sent unformatted.
 */
@ControllerAdvice
class UiMessages {

    static final String PREFIX = "js.";

    private final MessageSource messages;
    private final Map<Locale, String> json = new ConcurrentHashMap<>();
    private final TreeSet<String> keys;

    UiMessages(MessageSource messages) {
        this.messages = messages;
        this.keys = frontendKeys();
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    @ModelAttribute("uiMessages")
    String uiMessages(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return json.computeIfAbsent(l, this::build);
    }

    private String build(Locale locale) {
        Map<String, Object> out = new TreeMap<>();
        for (String key : keys) {
            out.put(key.substring(PREFIX.length()), messages.getMessage(key, null, key, locale));
        }
        return Json.write(out);
    }

    /** The keys come from the default bundle; translations are looked up per locale. */
    private static TreeSet<String> frontendKeys() {
        TreeSet<String> out = new TreeSet<>();
        ClassPathResource bundle = new ClassPathResource("messages.properties");
        if (!bundle.exists()) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith(PREFIX)) {
                out.add(k);
            }
        }
        return out;
    }
}
