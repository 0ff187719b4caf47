package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link LessonFolder} into a {@link Lesson}, checking the format as it goes: every
 * problem becomes a {@link LessonFormatException} naming the file and the place. The format is
 * described in {@code docs/lessons.md}.
 */
public final class LessonLoader {
    static final String EXERCISES_FILE = "exercises.yaml";
    private static final Pattern TEXT_FILE = Pattern.compile("[a-z]{2}\\.md");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> TOP_KEYS = Set.of("examples", "exercises");
    private static final Set<String> EXAMPLE_KEYS = Set.of("file", "go", "seeds", "maxprocs", "maxSteps", "checks");
    private static final Set<String> EXERCISE_KEYS = Set.of("id", "kind", "prompt", "hint", "program", "starter",
            "solution", "go", "seeds", "maxprocs", "maxSteps", "checks", "answer", "distractors");
    private static final Set<String> CHECK_FORMS = Set.of("end", "eventually", "always", "never", "stdout", "exit",
            "panic", "fatal");
    private static final Set<String> ANSWER_KEYS = Set.of("value", "when", "type", "options");

    private LessonLoader() {
    }

    public static Lesson load(LessonFolder folder) {
        String name = folder.name();
        if (!LessonSource.FOLDER.matcher(name).matches()) {
            throw new LessonFormatException(name + ": a lesson folder is named NN-slug (01-goroutines)");
        }
        Map<String, LessonText> texts = new LinkedHashMap<>();
        for (String path : folder.files().keySet()) {
            if (TEXT_FILE.matcher(path).matches()) {
                String lang = path.substring(0, 2);
                texts.put(lang, LessonTextParser.parse(lang, folder.files().get(path), name + "/" + path));
            }
        }
        LessonText en = texts.get(Texts.DEFAULT_LANG);
        if (en == null) {
            throw new LessonFormatException(name + ": en.md is missing");
        }
        String go = en.go() != null ? en.go() : RunConfig.DEFAULT_GO;
        String id = name.substring(3);
        List<Example> examples = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        String yamlText = folder.files().get(EXERCISES_FILE);
        YamlNode top = YamlNode.parse(yamlText == null ? "" : yamlText, name + "/" + EXERCISES_FILE);
        top.allowOnly(TOP_KEYS);

        Map<String, List<YamlNode>> exampleSettings = new LinkedHashMap<>();
        List<Object> exampleList = top.list("examples");
        for (int i = 0; i < exampleList.size(); i++) {
            YamlNode n = YamlNode.of(exampleList.get(i), top.where() + ": examples[" + i + "]");
            n.allowOnly(EXAMPLE_KEYS);
            String file = n.string("file");
            if (folder.file(file) == null) {
                throw n.error("no such file " + file);
            }
            exampleSettings.computeIfAbsent(file, k -> new ArrayList<>()).add(n);
        }
        for (String path : folder.files().keySet()) {
            if (path.startsWith("examples/") && path.endsWith(".go")) {
                LessonFile f = folder.file(path);
                List<YamlNode> settings = exampleSettings.remove(path);
                if (settings == null) {
                    examples.add(new Example(f, RunPlan.single(go), expectedOutput(f.text()), List.of()));
                    continue;
                }
                // one entry per configuration; the // Output: comment holds for the lesson's Go version
                for (YamlNode n : settings) {
                    RunPlan plan = plan(n, go);
                    String output = plan.go().equals(go) ? expectedOutput(f.text()) : null;
                    examples.add(new Example(f, plan, output, checks(n)));
                }
            }
        }
        if (!exampleSettings.isEmpty()) {
            throw top.error("examples must live in examples/*.go: " + exampleSettings.keySet());
        }

        List<Object> exList = top.list("exercises");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < exList.size(); i++) {
            YamlNode n = YamlNode.of(exList.get(i), top.where() + ": exercises[" + i + "]");
            Exercise ex = exercise(n, folder, go);
            if (!ids.add(ex.id())) {
                throw n.error("duplicate exercise id '" + ex.id() + "'");
            }
            exercises.add(ex);
        }
        return new Lesson(id, name, en.order(), go, texts, examples, exercises);
    }

    private static Exercise exercise(YamlNode n0, LessonFolder folder, String lessonGo) {
        String id = n0.string("id");
        YamlNode n = YamlNode.of(rawMap(n0), n0.where() + " (" + id + ")");
        n.allowOnly(EXERCISE_KEYS);
        if (!ID.matcher(id).matches()) {
            throw n.error("id must be lower-case words joined by '-'");
        }
        ExerciseKind kind;
        try {
            kind = ExerciseKind.parse(n.string("kind"));
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
        Map<String, String> prompt = n.texts("prompt");
        if (!prompt.containsKey(Texts.DEFAULT_LANG)) {
            throw n.error("'prompt' needs at least an 'en' text");
        }
        RunPlan runs = plan(n, lessonGo);
        List<Check> checks = checks(n);
        LessonFile program = null;
        LessonFile starter = null;
        LessonFile solution = null;
        Answer answer = null;
        List<Distractor> distractors = new ArrayList<>();
        switch (kind) {
            case PREDICT -> {
                program = file(n, folder, "program");
                answer = answer(n);
                distractors = distractors(n);
                forbid(n, "starter", "solution");
            }
            case REACH_STATE, FIX_BUG -> {
                starter = file(n, folder, "starter");
                solution = file(n, folder, "solution");
                forbid(n, "program", "answer", "distractors");
            }
            case SCHEDULE -> {
                program = file(n, folder, "program");
                starter = n.has("starter") ? file(n, folder, "starter") : new LessonFile("(empty schedule)", "");
                solution = file(n, folder, "solution");
                for (LessonFile f : List.of(starter, solution)) {
                    try {
                        Schedule.parse(f.text());
                    } catch (IllegalArgumentException e) {
                        throw n.error(f.path() + ": " + e.getMessage());
                    }
                }
                forbid(n, "answer", "distractors");
            }
        }
        if (kind != ExerciseKind.PREDICT && checks.isEmpty()) {
            throw n.error("a " + kind.yamlName() + " exercise needs 'checks'");
        }
        return new Exercise(id, kind, prompt, n.texts("hint"), program, starter, solution, runs, checks, answer,
                distractors);
    }

    private static Object rawMap(YamlNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : n.keys()) {
            m.put(k, n.raw(k));
        }
        return m;
    }

    private static void forbid(YamlNode n, String... keys) {
        for (String k : keys) {
            if (n.has(k)) {
                throw n.error("'" + k + "' does not belong to this kind of exercise");
            }
        }
    }

    private static LessonFile file(YamlNode n, LessonFolder folder, String key) {
        String path = n.string(key);
        LessonFile f = folder.file(path);
        if (f == null) {
            throw n.error(key + ": no such file " + path);
        }
        return f;
    }

    private static RunPlan plan(YamlNode n, String lessonGo) {
        List<Long> procs = n.longs("maxprocs", List.of(1L));
        try {
            return new RunPlan(n.string("go", lessonGo), n.longs("seeds", List.of(1L)),
                    procs.stream().map(Long::intValue).toList(), n.longValue("maxSteps", RunPlan.DEFAULT_MAX_STEPS));
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private static Answer answer(YamlNode parent) {
        YamlNode n = parent.node("answer");
        n.allowOnly(ANSWER_KEYS);
        String value = n.string("value");
        Expressions.validate(value, n.where());
        String when = n.string("when", null);
        if (when != null) {
            Expressions.validate(when, n.where());
        }
        Answer.Type type;
        try {
            type = Answer.Type.parse(n.string("type", "text"));
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
        List<String> options = n.strings("options");
        if (type == Answer.Type.CHOICE && options.size() < 2) {
            throw n.error("a choice answer needs at least two 'options'");
        }
        return new Answer(value, when, type, options);
    }

    private static List<Distractor> distractors(YamlNode parent) {
        List<Distractor> out = new ArrayList<>();
        List<Object> list = parent.list("distractors");
        for (int i = 0; i < list.size(); i++) {
            YamlNode d = YamlNode.of(list.get(i), parent.where() + ": distractors[" + i + "]");
            d.allowOnly(Set.of("answer", "feedback"));
            out.add(new Distractor(d.string("answer"), d.texts("feedback")));
        }
        return out;
    }

    static List<Check> checks(YamlNode parent) {
        List<Check> out = new ArrayList<>();
        List<Object> list = parent.list("checks");
        for (int i = 0; i < list.size(); i++) {
            YamlNode c = YamlNode.of(list.get(i), parent.where() + ": checks[" + i + "]");
            out.add(check(c));
        }
        return out;
    }

    private static Check check(YamlNode c) {
        Set<String> allowed = new HashSet<>(CHECK_FORMS);
        allowed.add("name");
        allowed.add("feedback");
        c.allowOnly(allowed);
        List<String> forms = c.keys().stream().filter(CHECK_FORMS::contains).toList();
        if (forms.size() != 1) {
            throw c.error("a check has exactly one of " + String.join(", ", CHECK_FORMS.stream().sorted().toList()));
        }
        String form = forms.get(0);
        Map<String, String> feedback = c.texts("feedback");
        Map<String, String> given = c.texts("name");
        Check check = switch (form) {
            case "stdout" -> new Check(names(given, "the output is exactly as expected", "输出与要求完全一致"),
                    Quantifier.END, "stdout == #expected", c.string("stdout"), feedback);
            case "exit" -> {
                long code = c.longValue("exit", 0);
                yield new Check(names(given, "the exit status is " + code, "退出状态为 " + code), Quantifier.END,
                        "exit == #expected", code, feedback);
            }
            case "panic" -> new Check(names(given, "the program panics with \"" + c.string("panic") + "\"",
                    "程序以 \"" + c.string("panic") + "\" panic"), Quantifier.END, "panic == #expected",
                    c.string("panic"), feedback);
            case "fatal" -> new Check(names(given, "the program stops with \"fatal error: " + c.string("fatal") + "\"",
                    "程序以 \"fatal error: " + c.string("fatal") + "\" 结束"), Quantifier.END, "fatal == #expected",
                    c.string("fatal"), feedback);
            default -> {
                Quantifier q = switch (form) {
                    case "end" -> Quantifier.END;
                    case "eventually" -> Quantifier.EVENTUALLY;
                    case "always" -> Quantifier.ALWAYS;
                    default -> Quantifier.NEVER;
                };
                String expr = c.string(form);
                yield new Check(names(given, form + ": " + expr, form + ": " + expr), q, expr, null, feedback);
            }
        };
        Expressions.validate(check.expression(), c.where());
        return check;
    }

    /** The author's names, or generated ones; English is always present. */
    private static Map<String, String> names(Map<String, String> given, String en, String zh) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("en", en);
        out.put("zh", zh);
        if (!given.isEmpty()) {
            out.clear();
            out.putAll(given);
            out.putIfAbsent("en", given.values().iterator().next());
        }
        return out;
    }

    /** The text of a trailing {@code // Output:} comment block (as in Go's example tests), or null. */
    static String expectedOutput(String source) {
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        int end = lines.length;
        while (end > 0 && lines[end - 1].isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && lines[start - 1].strip().startsWith("//")) {
            start--;
            if (lines[start].strip().equals("// Output:")) {
                StringBuilder sb = new StringBuilder();
                for (int i = start + 1; i < end; i++) {
                    String l = lines[i].strip().substring(2);
                    sb.append(l.startsWith(" ") ? l.substring(1) : l).append('\n');
                }
                return sb.toString();
            }
        }
        return null;
    }
}
