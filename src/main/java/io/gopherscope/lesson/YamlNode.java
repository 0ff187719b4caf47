package io.gopherscope.lesson;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping with typed getters whose errors name the file and the place
 * ({@code exercises.yaml: exercises[2] (fix-deadlock): 'kind' is missing}). Parsed with
 * SnakeYAML's safe constructor: plain maps, lists, strings, numbers and booleans only.
 */
final class YamlNode {
    private final Map<String, Object> map;
    private final String where;

    private YamlNode(Map<String, Object> map, String where) {
        this.map = map;
        this.where = where;
    }

    static YamlNode parse(String text, String where) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new LessonFormatException(where + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (root == null) {
            return new YamlNode(Map.of(), where);
        }
        return of(root, where);
    }

    @SuppressWarnings("unchecked")
    static YamlNode of(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new LessonFormatException(where + ": expected a mapping (key: value lines)");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return new YamlNode(copy, where);
    }

    String where() {
        return where;
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    Set<String> keys() {
        return map.keySet();
    }

    Object raw(String key) {
        return map.get(key);
    }

    /** Fails on keys outside {@code allowed}, so a typo ({@code evntually:}) is not silently ignored. */
    void allowOnly(Set<String> allowed) {
        for (String k : map.keySet()) {
            if (!allowed.contains(k)) {
                throw error("unknown key '" + k + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    String string(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw error("'" + key + "' is missing");
        }
        if (v instanceof Map || v instanceof List) {
            throw error("'" + key + "' must be a single value");
        }
        return String.valueOf(v);
    }

    String string(String key, String dflt) {
        return has(key) ? string(key) : dflt;
    }

    long longValue(String key, long dflt) {
        if (!has(key)) {
            return dflt;
        }
        Object v = map.get(key);
        if (v instanceof Number n && !(v instanceof Double || v instanceof Float)) {
            return n.longValue();
        }
        throw error("'" + key + "' must be a whole number");
    }

    List<Object> list(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return List.of(v);
    }

    List<String> strings(String key) {
        return list(key).stream().map(String::valueOf).toList();
    }

    List<Long> longs(String key, List<Long> dflt) {
        if (!has(key)) {
            return dflt;
        }
        List<Long> out = new ArrayList<>();
        for (Object o : list(key)) {
            if (!(o instanceof Number n) || o instanceof Double) {
                throw error("'" + key + "' must hold whole numbers");
            }
            out.add(n.longValue());
        }
        return out;
    }

    YamlNode node(String key) {
        return of(map.get(key), where + ": " + key);
    }

    /** A per-language text: either a mapping {@code {en: ..., zh: ...}} or one string (English). */
    Map<String, String> texts(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, String> out = new LinkedHashMap<>();
            m.forEach((k, t) -> out.put(String.valueOf(k), String.valueOf(t)));
            return out;
        }
        return Map.of(Texts.DEFAULT_LANG, String.valueOf(v));
    }

    LessonFormatException error(String message) {
        return new LessonFormatException(where + ": " + message);
    }
}
