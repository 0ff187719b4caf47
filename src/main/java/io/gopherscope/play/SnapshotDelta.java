package io.gopherscope.play;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes the difference between two consecutive snapshots (in their JSON map form, see
 * {@code SnapshotMaps}) for the wire. The one place that applies them is the front end's
 * {@code store.js}; both sides follow docs/trace-format.md, "Deltas":
 *
 * <pre>
 * {"type":"full", "snapshot":{...}}                       the first event of a stream
 * {"type":"delta", "step":3, "goid":1, "pos":{...}, ...   top-level fields that changed
 *  "unset":["field"],                                     top-level fields that disappeared
 *  "stdout":{"append":"..."} or {"replace":"..."},         likewise "stderr"
 *  "goroutines":{"set":[g...], "remove":[goid...], "order":[goid...]},
 *  "objects":{"set":{"0x..":{...}}, "patch":{"0x..":{"field":value}}, "remove":["0x.."], "order":["0x.."...]}}
 * </pre>
 *
 * A goroutine is sent whole when anything in it changed. An object is sent whole when it is new
 * or its fields changed shape, and otherwise as a patch of the fields that changed (a map's
 * header changes its count on every insert; its bucket list need not travel again). {@code
 * order} is present only when the set of keys or their order changed. Applying every delta in turn to the first full
 * snapshot gives back each full snapshot exactly (key order included).
 */
final class SnapshotDelta {
    private SnapshotDelta() {
    }

    static Map<String, Object> full(Map<String, Object> snapshot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "full");
        m.put("snapshot", snapshot);
        return m;
    }

    static Map<String, Object> between(Map<String, Object> prev, Map<String, Object> next) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "delta");
        for (Map.Entry<String, Object> e : next.entrySet()) {
            String key = e.getKey();
            Object now = e.getValue();
            Object before = prev.get(key);
            if (key.equals("step") || !prev.containsKey(key)) {
                d.put(key, now);
                continue;
            }
            if (Objects.equals(before, now)) {
                continue;
            }
            switch (key) {
                case "stdout", "stderr" -> d.put(key, text(before, now));
                case "goroutines" -> d.put(key, goroutines(before, now));
                case "objects" -> d.put(key, objects(before, now));
                default -> d.put(key, now);
            }
        }
        List<String> unset = new ArrayList<>();
        for (String key : prev.keySet()) {
            if (!next.containsKey(key)) {
                unset.add(key);
            }
        }
        if (!unset.isEmpty()) {
            d.put("unset", unset);
        }
        return d;
    }

    /** Output only grows, so it usually travels as an append. */
    private static Map<String, Object> text(Object before, Object now) {
        if (before instanceof String b && now instanceof String n && n.startsWith(b)) {
            return Map.of("append", n.substring(b.length()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replace", now);
        return m;
    }

    private static Object goroutines(Object before, Object now) {
        if (!(before instanceof List<?> b) || !(now instanceof List<?> n)) {
            return Map.of("set", now, "order", List.of());
        }
        Map<Object, Object> old = new LinkedHashMap<>();
        for (Object g : b) {
            old.put(goid(g), g);
        }
        Map<Object, Object> cur = new LinkedHashMap<>();
        for (Object g : n) {
            cur.put(goid(g), g);
        }
        return keyed(old, cur, true);
    }

    private static Object objects(Object before, Object now) {
        Map<Object, Object> old = new LinkedHashMap<>(before instanceof Map<?, ?> b ? b : Map.of());
        Map<Object, Object> cur = new LinkedHashMap<>(now instanceof Map<?, ?> n ? n : Map.of());
        Map<String, Object> out = keyed(old, cur, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> set = (Map<String, Object>) out.get("set");
        if (set != null) {
            Map<String, Object> patch = new LinkedHashMap<>();
            for (var it = set.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                Map<String, Object> p = patch(old.get(e.getKey()), e.getValue());
                if (p != null) {
                    patch.put(e.getKey(), p);
                    it.remove();
                }
            }
            if (set.isEmpty()) {
                out.remove("set");
            }
            if (!patch.isEmpty()) {
                out.put("patch", patch);
            }
        }
        return out;
    }

    /**
     * The fields of {@code now} that differ from {@code before}, when both are objects with the
     * same fields in the same order and some (not all) of them changed; otherwise null.
     */
    static Map<String, Object> patch(Object before, Object now) {
        if (!(before instanceof Map<?, ?> b) || !(now instanceof Map<?, ?> n)
                || !new ArrayList<>(b.keySet()).equals(new ArrayList<>(n.keySet()))) {
            return null;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : n.entrySet()) {
            if (!Objects.equals(b.get(e.getKey()), e.getValue())) {
                p.put(String.valueOf(e.getKey()), e.getValue());
            }
        }
        return p.isEmpty() || p.size() == n.size() ? null : p;
    }

    /** set / remove / order over two keyed collections; {@code asList} sends "set" as a list. */
    private static Map<String, Object> keyed(Map<Object, Object> old, Map<Object, Object> cur, boolean asList) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> setList = new ArrayList<>();
        Map<String, Object> setMap = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : cur.entrySet()) {
            if (!Objects.equals(old.get(e.getKey()), e.getValue())) {
                setList.add(e.getValue());
                setMap.put(String.valueOf(e.getKey()), e.getValue());
            }
        }
        List<Object> removed = new ArrayList<>();
        for (Object key : old.keySet()) {
            if (!cur.containsKey(key)) {
                removed.add(key);
            }
        }
        if (!setList.isEmpty()) {
            out.put("set", asList ? setList : setMap);
        }
        if (!removed.isEmpty()) {
            out.put("remove", removed);
        }
        if (!new ArrayList<>(old.keySet()).equals(new ArrayList<>(cur.keySet()))) {
            out.put("order", new ArrayList<>(cur.keySet()));
        }
        return out;
    }

    private static Object goid(Object goroutine) {
        return goroutine instanceof Map<?, ?> m ? m.get("goid") : goroutine;
    }
}
