package io.gopherscope.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * View models of the lesson pages, built from a {@link Lesson} in one language: the prose as
 * HTML (sandbox blocks become a program with an "open in the playground" form), and each
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
                index < t.sandboxes().size() ? sandbox(l, t.sandboxes().get(index), lang) : "");
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

    /** A sandbox block: the program, and a form that opens it in the playground with its settings. */
    static String sandbox(Lesson l, Sandbox s, String lang) {
        LessonFile f = l.example(s.file()).map(Example::file).orElse(null);
        if (f == null) {
            f = l.exercises().stream().flatMap(e -> java.util.stream.Stream.of(e.program(), e.starter(), e.solution()))
                    .filter(x -> x != null && x.path().equals(s.file())).findFirst().orElse(null);
        }
        if (f == null) {
            return "";
        }
        RunPlan plan = l.example(s.file()).map(Example::run).orElse(RunPlan.single(l.go()));
        String go = s.go() != null ? s.go() : plan.go();
        long seed = s.seed() != null ? s.seed() : plan.seeds().get(0);
        int procs = s.maxprocs() != null ? s.maxprocs() : plan.maxprocs().get(0);
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"sandbox\" data-file=\"").append(Markdown.escape(s.file())).append('"');
        if (s.step() != null) {
            sb.append(" data-step=\"").append(s.step()).append('"');
        }
        if (s.at() != null) {
            sb.append(" data-at=\"").append(Markdown.escape(s.at())).append('"');
        }
        sb.append(" data-views=\"").append(Markdown.escape(String.join(" ", s.views()))).append("\">\n");
        sb.append("<figcaption>").append(Markdown.escape(f.fileName())).append(" · Go ").append(Markdown.escape(go));
        if (procs != 1) {
            sb.append(" · GOMAXPROCS ").append(procs);
        }
        sb.append("</figcaption>\n<pre><code>").append(Markdown.escape(f.text())).append("</code></pre>\n");
        sb.append("<form method=\"post\" action=\"/play/runs\">")
                .append("<input type=\"hidden\" name=\"source\" value=\"").append(Markdown.escape(f.text())).append("\">")
                .append("<input type=\"hidden\" name=\"go\" value=\"").append(Markdown.escape(go)).append("\">")
                .append("<input type=\"hidden\" name=\"seed\" value=\"").append(seed).append("\">")
                .append("<input type=\"hidden\" name=\"maxprocs\" value=\"").append(procs).append("\">")
                .append("<button type=\"submit\">")
                .append(Texts.of(lang, "Open in the playground", "在演练场中打开"))
                .append("</button></form>\n</figure>\n");
        return sb.toString();
    }
}
