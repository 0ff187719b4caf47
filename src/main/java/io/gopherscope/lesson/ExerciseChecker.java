package io.gopherscope.lesson;

import io.gopherscope.engine.RunConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a submission with the engine: runs the program as the exercise says (several seeds
 * and GOMAXPROCS values for fix-bug), evaluates the checks along each run, and explains every
 * failed check by name. Predictions are compared with the answer computed from the program's
 * own run. Stateless and thread-safe.
 */
public final class ExerciseChecker {

    /** Checks a submission of any kind: a program, a schedule, or an answer. */
    public Verdict check(Exercise ex, String submission) {
        return switch (ex.kind()) {
            case PREDICT -> checkAnswer(ex, submission);
            case SCHEDULE -> checkSchedule(ex, submission);
            case REACH_STATE, FIX_BUG -> checkProgram(ex, submission);
        };
    }

    /** Runs {@code source} under every configuration of the exercise's plan. */
    public Verdict checkProgram(Exercise ex, String source) {
        String fileName = ex.starter() != null ? ex.starter().fileName().replaceFirst("\\.(starter|solution)\\.go$", ".go")
                : "prog.go";
        return judge(ex, ex.runs().configs(fileName, source), Schedule.NONE);
    }

    /** Runs the exercise's fixed program with the student's manual schedule. */
    public Verdict checkSchedule(Exercise ex, String scheduleText) {
        Schedule schedule;
        try {
            schedule = Schedule.parse(scheduleText == null ? "" : scheduleText);
        } catch (IllegalArgumentException e) {
            return new Verdict(false, List.of(), Map.of("en", e.getMessage(), "zh", "调度无法解析：" + e.getMessage()),
                    null, 0);
        }
        RunConfig cfg = ex.runs().first(ex.program().fileName(), ex.program().text());
        return judge(ex, List.of(cfg), schedule);
    }

    private Verdict judge(Exercise ex, List<RunConfig> configs, Schedule schedule) {
        int runs = 0;
        for (RunConfig cfg : configs) {
            runs++;
            TraceRun.Result r = TraceRun.run(cfg, ex.checks(), schedule, null);
            if (!r.passed()) {
                List<CheckOutcome> failed = r.outcomes().stream().filter(o -> !o.passed()).toList();
                Map<String, String> msg = new LinkedHashMap<>();
                for (String lang : List.of("en", "zh")) {
                    msg.put(lang, failureMessage(failed, r, configs.size(), lang));
                }
                return new Verdict(false, failed, msg, null, runs);
            }
        }
        String en = configs.size() == 1 ? "All checks passed." : "All checks passed in all " + configs.size() + " runs.";
        String zh = configs.size() == 1 ? "全部检查通过。" : "全部 " + configs.size() + " 次运行都通过了所有检查。";
        return new Verdict(true, List.of(), Map.of("en", en, "zh", zh), null, runs);
    }

    private static String failureMessage(List<CheckOutcome> failed, TraceRun.Result r, int runCount, String lang) {
        RunConfig cfg = r.config();
        StringBuilder sb = new StringBuilder();
        String run = Texts.of(lang, "seed " + cfg.seed() + ", GOMAXPROCS " + cfg.maxProcs() + ", Go " + cfg.goVersion(),
                "种子 " + cfg.seed() + "，GOMAXPROCS " + cfg.maxProcs() + "，Go " + cfg.goVersion());
        if (r.problem() != null) {
            sb.append(Texts.pick(r.problem(), lang)).append(" (").append(run).append(")\n");
            return sb.toString().strip();
        }
        sb.append(Texts.of(lang, failed.size() == 1 ? "1 check failed" : failed.size() + " checks failed",
                failed.size() + " 项检查未通过"));
        if (runCount > 1) {
            sb.append(Texts.of(lang, " in the run with " + run, "（出现在 " + run + " 的运行中）"));
        }
        sb.append(Texts.of(lang, ":", "："));
        for (CheckOutcome o : failed) {
            sb.append("\n✗ ").append(o.check().name(lang)).append(Texts.of(lang, ": ", "：")).append(o.detail(lang));
            String advice = o.check().feedback(lang);
            if (advice != null) {
                sb.append("\n  ").append(advice.strip().replace("\n", "\n  "));
            }
        }
        return sb.toString();
    }

    // ---- predictions

    /** The right answer of a prediction, computed from the program's own run. */
    public Prediction computeAnswer(Exercise ex) {
        Answer a = ex.answer();
        RunConfig cfg = ex.runs().first(ex.program().fileName(), ex.program().text());
        TraceRun.Result r = TraceRun.run(cfg, List.of(), Schedule.NONE, a);
        if (r.problem() != null) {
            return new Prediction(null, Texts.pick(r.problem(), "en"));
        }
        if (r.answerError() != null) {
            return new Prediction(null, r.answerError());
        }
        if (r.answerValue() == null) {
            return new Prediction(null, "the answer expression gave null");
        }
        return new Prediction(format(r.answerValue()), null);
    }

    /** A computed answer, or why it could not be computed (a lesson bug, not the student's). */
    public record Prediction(String value, String error) {}

    public Verdict checkAnswer(Exercise ex, String given) {
        Prediction p = computeAnswer(ex);
        if (p.value() == null) {
            return new Verdict(false, List.of(), Map.of("en", "This exercise is broken: " + p.error(),
                    "zh", "这道练习本身有问题：" + p.error()), null, 1);
        }
        String answer = given == null ? "" : given;
        if (answer.isBlank()) {
            return new Verdict(false, List.of(), Map.of("en", "Type your prediction first.", "zh", "请先写下你的预测。"),
                    p.value(), 1);
        }
        if (same(ex.answer().type(), answer, p.value())) {
            return new Verdict(true, List.of(), Map.of("en", "Right! Now run the program and watch it happen.",
                    "zh", "答对了！现在运行程序，看看它是怎么发生的。"), p.value(), 1);
        }
        for (Distractor d : ex.distractors()) {
            if (same(ex.answer().type(), answer, d.answer())) {
                Map<String, String> msg = new LinkedHashMap<>();
                for (String lang : List.of("en", "zh")) {
                    String advice = d.feedback(lang);
                    msg.put(lang, Texts.of(lang, "Not quite.", "不对。") + (advice == null ? "" : Texts.of(lang, " ", "") + advice.strip()));
                }
                return new Verdict(false, List.of(), msg, p.value(), 1);
            }
        }
        if (ex.answer().type() == Answer.Type.NUMBER && number(answer) == null) {
            return new Verdict(false, List.of(), Map.of("en", "The answer is a number.", "zh", "答案应该是一个数字。"),
                    p.value(), 1);
        }
        return new Verdict(false, List.of(), Map.of(
                "en", "Not quite. Step through the program and watch the values the question asks about.",
                "zh", "不对。单步运行程序，盯住题目问到的那个值，看它是怎么变化的。"), p.value(), 1);
    }

    /** Compares a student's answer with a computed (or distractor) one, as the answer type says. */
    static boolean same(Answer.Type type, String given, String truth) {
        return switch (type) {
            case NUMBER -> {
                BigDecimal a = number(given);
                BigDecimal b = number(truth);
                yield a != null && b != null && a.compareTo(b) == 0;
            }
            case CHOICE -> given.strip().equalsIgnoreCase(truth.strip());
            case TEXT -> text(given).equals(text(truth));
        };
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whitespace-insensitive form: every run of spaces and newlines counts as one space. */
    static String text(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The text form of a computed answer: lists space-separated, integral numbers without ".0". */
    static String format(Object v) {
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) {
                parts.add(format(o));
            }
            return String.join(" ", parts);
        }
        if (v instanceof String s) {
            return s;
        }
        return Values.show(v);
    }
}
