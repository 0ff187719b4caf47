package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * View models of the lesson pages, built from a {@link Lesson} in one language: the prose as
 * HTML (sandbox blocks become an embedded live sandbox and an "open in the playground" form), and each
 * exercise with what the student sees and submits.
 */
final class LessonPages {
    private LessonPages() {
    }

    record Summary(String id, int order, String title, int minutes, List<String> topics) {}

    record Page(String id, int order, String title, int minutes, List<String> topics, String html,
                List<ExerciseView> exercises, Summary previous, Summary next) {}

    /**
     * @param input   what the form asks for: {@code program}, {@code answer}, {@code choice} or {@code schedule}
     * @param code    the program to read (predict, schedule), or null
     * @param initial the initial content of the submission field (starter program or schedule)
     */
    record ExerciseView(String id, String kind, String kindLabel, String promptHtml, String hintHtml, String input,
                        String code, String initial, List<String> options) {}

    static String lang(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }

    static Summary summary(Lesson l, String lang) {
        LessonText t = l.text(lang);
        return new Summary(l.id(), l.order(), t.title(), t.minutes(), t.topics());
    }

    static Page page(Lesson l, List<Lesson> all, String lang) {
        LessonText t = l.text(lang);
        String html = Markdown.render(t.body(), (index, yaml) ->
                index < t.sandboxes().size() ? sandbox(l, index, t.sandboxes().get(index), lang) : "");
        List<ExerciseView> exercises = new ArrayList<>();
        for (Exercise e : l.exercises()) {
            exercises.add(exercise(e, lang));
        }
        int at = all.indexOf(l);
        Summary prev = at > 0 ? summary(all.get(at - 1), lang) : null;
        Summary next = at >= 0 && at + 1 < all.size() ? summary(all.get(at + 1), lang) : null;
        return new Page(l.id(), l.order(), t.title(), t.minutes(), t.topics(), html, exercises, prev, next);
    }

    static ExerciseView exercise(Exercise e, String lang) {
        String hint = e.hint(lang);
        String input = switch (e.kind()) {
            case PREDICT -> e.answer().type() == Answer.Type.CHOICE ? "choice" : "answer";
            case SCHEDULE -> "schedule";
            case REACH_STATE, FIX_BUG -> "program";
        };
        String code = e.kind().takesProgram() ? null : e.program().text();
        String initial = switch (e.kind()) {
            case PREDICT -> "";
            case SCHEDULE -> e.starter().text();
            case REACH_STATE, FIX_BUG -> e.starter().text();
        };
        return new ExerciseView(e.id(), e.kind().yamlName(), kindLabel(e.kind(), lang), Markdown.render(e.prompt(lang)),
                hint == null ? null : Markdown.render(hint), input, code, initial, e.answer() == null ? List.of() : e.answer().options());
    }

    static String kindLabel(ExerciseKind k, String lang) {
        return switch (k) {
            case PREDICT -> Texts.of(lang, "Predict", "预测");
            case REACH_STATE -> Texts.of(lang, "Reach a state", "达到某个状态");
            case FIX_BUG -> Texts.of(lang, "Fix the bug", "修复 bug");
            case SCHEDULE -> Texts.of(lang, "Schedule it", "手动调度");
        };
    }

    /**
     * A sandbox block: the live sandbox in an iframe ({@code /play/embed}, opened at the block's
     * step with its views; see {@code play.EmbedController} for why an iframe), then the program as
     * text for readers without frames or scripts, and a form that opens it in the playground.
     */
    static String sandbox(Lesson l, int index, Sandbox s, String lang) {
        LessonFile f = SandboxRun.file(l, s).orElse(null);
        if (f == null) {
            return "";
        }
        RunConfig cfg = SandboxRun.config(l, s, f);
        String go = cfg.goVersion();
        long seed = cfg.seed();
        int procs = cfg.maxProcs();
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"sandbox\" data-file=\"").append(Markdown.escape(s.file())).append('"');
        if (s.step() != null) {
            sb.append(" data-step=\"").append(s.step() == Sandbox.END ? "end" : s.step()).append('"');
        }
        if (s.at() != null) {
            sb.append(" data-at=\"").append(Markdown.escape(s.at())).append('"');
        }
        sb.append(" data-views=\"").append(Markdown.escape(String.join(" ", s.views()))).append("\">\n");
        String caption = f.fileName() + " · Go " + go + (procs != 1 ? " · GOMAXPROCS " + procs : "");
        sb.append("<figcaption>").append(Markdown.escape(caption)).append("</figcaption>\n");
        String src = "/play/embed?lesson=" + java.net.URLEncoder.encode(l.id(), java.nio.charset.StandardCharsets.UTF_8)
                + "&sandbox=" + index;
        sb.append("<iframe class=\"sandbox-frame\" loading=\"lazy\" src=\"").append(Markdown.escape(src))
                .append("\" title=\"").append(Markdown.escape(Texts.of(lang, "Sandbox: ", "沙盒：") + caption)).append("\"></iframe>\n");
        sb.append("<details class=\"sandbox-source\"><summary>").append(Texts.of(lang, "The program as text", "程序文本"))
                .append("</summary><pre><code>").append(Markdown.escape(f.text())).append("</code></pre></details>\n");
        sb.append("<form class=\"sandbox-open\" method=\"post\" action=\"/play/runs\" target=\"_blank\">")
                .append("<input type=\"hidden\" name=\"source\" value=\"").append(Markdown.escape(f.text())).append("\">")
                .append("<input type=\"hidden\" name=\"go\" value=\"").append(Markdown.escape(go)).append("\">")
                .append("<input type=\"hidden\" name=\"seed\" value=\"").append(seed).append("\">")
                .append("<input type=\"hidden\" name=\"maxprocs\" value=\"").append(procs).append("\">")
                .append("<button type=\"submit\">")
                .append(Texts.of(lang, "Open in the playground to change it", "在演练场中打开并修改"))
                .append("</button></form>\n</figure>\n");
        return sb.toString();
    }
}
