package io.gopherscope.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits {@code en.md} / {@code zh.md} into YAML front matter and Markdown body, and finds the
 * {@code sandbox} blocks in the body.
 *
 * <pre>
 * ---
 * title: Goroutines and the scheduler
 * order: 1
 * go: "1.23"
 * topics: [goroutines, scheduler]
 * minutes: 12
 * ---
 * Markdown...
 *
 * ```sandbox
 * file: examples/handoff.go
 * at: "chan('ch').sendq.size() == 1"
 * views: [goroutines, hchan]
 * ```
 * </pre>
 */
final class LessonTextParser {
    private static final Set<String> FRONT_KEYS = Set.of("title", "order", "go", "topics", "minutes");
    private static final Set<String> SANDBOX_KEYS = Set.of("file", "go", "seed", "maxprocs", "step", "at", "views");

    private LessonTextParser() {
    }

    static LessonText parse(String lang, String text, String where) {
        String t = text.replace("\r\n", "\n");
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (!t.startsWith("---\n")) {
            throw new LessonFormatException(where + ": must start with front matter between '---' lines");
        }
        int end = t.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new LessonFormatException(where + ": front matter has no closing '---' line");
        }
        YamlNode front = YamlNode.parse(t.substring(4, end + 1), where + " front matter");
        front.allowOnly(FRONT_KEYS);
        String body = t.substring(end + 5);
        int order = (int) front.longValue("order", -1);
        int minutes = (int) front.longValue("minutes", -1);
        if (order < 0) {
            throw front.error("'order' is missing");
        }
        if (minutes <= 0) {
            throw front.error("'minutes' is missing");
        }
        return new LessonText(lang, front.string("title"), order, front.string("go", null),
                front.strings("topics"), minutes, body, sandboxes(body, where));
    }

    private static List<Sandbox> sandboxes(String body, String where) {
        List<Sandbox> out = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("```sandbox")) {
                continue;
            }
            StringBuilder yaml = new StringBuilder();
            int j = i + 1;
            while (j < lines.length && !lines[j].strip().equals("```")) {
                yaml.append(lines[j]).append('\n');
                j++;
            }
            String at = where + ": sandbox block at body line " + (i + 1);
            if (j == lines.length) {
                throw new LessonFormatException(at + " is not closed");
            }
            YamlNode n = YamlNode.parse(yaml.toString(), at);
            n.allowOnly(SANDBOX_KEYS);
            List<String> views = n.strings("views");
            for (String v : views) {
                if (!Sandbox.VIEWS.contains(v)) {
                    throw n.error("unknown view '" + v + "' (use " + String.join(", ", Sandbox.VIEWS) + ")");
                }
            }
            Long step = null;
            if (n.has("step")) {
                step = "end".equals(String.valueOf(n.raw("step"))) ? Sandbox.END : n.longValue("step", 0);
                if (step < 0 && step != Sandbox.END) {
                    throw n.error("'step' must be 0 or more, or end");
                }
            }
            Long seed = n.has("seed") ? n.longValue("seed", 1) : null;
            Integer procs = n.has("maxprocs") ? (int) n.longValue("maxprocs", 1) : null;
            String cond = n.string("at", null);
            if (cond != null && step != null) {
                throw n.error("give either 'step' or 'at', not both");
            }
            if (cond != null) {
                Expressions.validate(cond, at);
            }
            out.add(new Sandbox(n.string("file"), n.string("go", null), seed, procs, step, cond, views));
            i = j;
        }
        return out;
    }
}
