package io.gopherscope.lesson;

import io.gopherscope.engine.Diagnostic;
import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.trace.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of a program under checks: steps the engine, applies a manual {@link Schedule}, and
 * evaluates every check as the snapshots go by (so no trace is kept in memory).
 *
 * <p>"The end" is the state when the program stopped, seen with main's locals: the last snapshot
 * in which goroutine 1 still had a frame (for a normal exit, the step before {@code main}
 * returned; for a deadlock or a fatal error, the final one), together with the run's exit status
 * and whole output.
 */
final class TraceRun {

    /**
     * @param problem     why the run could not be judged (compile error, limit, bad schedule) per
     *                    language, or null
     * @param answerValue the computed answer of a prediction, or null
     * @param answerError why the answer could not be computed, or null
     * @param witnesses   per check, the step of its witness (the first step satisfying an
     *                    {@code eventually}, the first violating an {@code always}/{@code never}), or -1
     */
    record Result(RunConfig config, RunResult result, List<Diagnostic> diagnostics, State end,
                  List<CheckOutcome> outcomes, Map<String, String> problem, Object answerValue, String answerError,
                  long steps, List<Long> witnesses) {

        boolean passed() {
            return problem == null && outcomes.stream().allMatch(CheckOutcome::passed);
        }
    }

    private final RunConfig cfg;
    private final List<Check> checks;
    private final Answer answer;
    private final boolean[] seen;
    private final Snapshot[] witness;
    private final String[] firstError;
    private Snapshot lastWithMain;
    private Object answerValue;
    private String answerError;
    private boolean answerDone;

    private TraceRun(RunConfig cfg, List<Check> checks, Answer answer) {
        this.cfg = cfg;
        this.checks = checks;
        this.answer = answer;
        this.seen = new boolean[checks.size()];
        this.witness = new Snapshot[checks.size()];
        this.firstError = new String[checks.size()];
    }

    static Result run(RunConfig cfg, List<Check> checks, Schedule schedule, Answer answer) {
        return new TraceRun(cfg, checks, answer).execute(schedule == null ? Schedule.NONE : schedule);
    }

    private Result execute(Schedule schedule) {
        Session session = Engine.open(cfg);
        Map<String, String> problem = null;
        if (!session.diagnostics().isEmpty()) {
            Diagnostic d = session.diagnostics().get(0);
            String where = d.format(cfg.fileName());
            problem = Map.of("en", "the program does not compile: " + where,
                    "zh", "程序无法编译：" + where);
        }
        observe(session.snapshot());
        int next = 0;
        List<Schedule.Choice> choices = schedule.choices();
        while (!session.done() && problem == null) {
            while (next < choices.size() && choices.get(next).step() == session.steps()) {
                Schedule.Choice c = choices.get(next++);
                List<Long> runnable = session.runnable();
                if (!runnable.contains(c.goid())) {
                    problem = Map.of(
                            "en", "after " + c.step() + " steps goroutine " + c.goid() + " cannot run next; runnable: " + runnable,
                            "zh", "第 " + c.step() + " 步之后，goroutine " + c.goid() + " 不能被选来运行；可运行的是：" + runnable);
                    break;
                }
                session.choose(c.goid());
            }
            if (problem == null) {
                observe(session.step());
            }
        }
        RunResult result = session.done() ? session.result() : new RunResult("", "", -1, session.steps(), null);
        if (problem == null && result.limit() != null) {
            problem = Map.of("en", "the program did not finish: it hit the " + result.limit() + " limit after "
                            + result.steps() + " steps",
                    "zh", "程序没有运行结束：执行 " + result.steps() + " 步后触及上限（" + result.limit() + "）");
        }
        Snapshot last = session.snapshot();
        Snapshot endSnap = hasMain(last) || lastWithMain == null ? last : lastWithMain;
        State end = new State(endSnap, result);
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            outcomes.add(problem != null
                    ? new CheckOutcome(checks.get(i), false, problem, cfg)
                    : judge(i, end));
        }
        if (answer != null && !answerDone) {
            if (answer.when() == null) {
                try {
                    answerValue = Expressions.evaluate(answer.value(), end, null);
                } catch (Expressions.CheckException e) {
                    answerError = e.getMessage();
                }
            } else {
                answerError = "no step satisfied when: " + answer.when();
            }
        }
        List<Long> witnessSteps = new ArrayList<>();
        for (Snapshot w : witness) {
            witnessSteps.add(w == null ? -1L : w.step());
        }
        return new Result(cfg, result, session.diagnostics(), end, outcomes, problem, answerValue, answerError,
                result.steps(), witnessSteps);
    }

    private static boolean hasMain(Snapshot s) {
        for (Snapshot.GoroutineState g : s.goroutines()) {
            if (g.goid() == 1 && !g.frames().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Feeds one snapshot to every quantified check and to the answer's {@code when}. */
    private void observe(Snapshot s) {
        if (hasMain(s)) {
            lastWithMain = s;
        }
        State state = new State(s, null);
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (c.quantifier() == Quantifier.END) {
                continue;
            }
            boolean holds = holds(i, c, state);
            // the witness is the first satisfying step for EVENTUALLY, the first violation otherwise
            boolean wanted = c.quantifier() == Quantifier.ALWAYS ? !holds : holds;
            if (wanted && witness[i] == null) {
                witness[i] = s;
            }
        }
        if (answer != null && answer.when() != null && !answerDone) {
            try {
                if (Expressions.test(answer.when(), state, null)) {
                    answerDone = true;
                    answerValue = Expressions.evaluate(answer.value(), state, null);
                }
            } catch (Expressions.CheckException e) {
                // the condition cannot be evaluated yet (a local not declared): keep looking
            }
        }
    }

    private boolean holds(int i, Check c, State state) {
        try {
            return Expressions.test(c.expression(), state, c.expected());
        } catch (Expressions.CheckException e) {
            if (firstError[i] == null) {
                firstError[i] = "step " + state.getStep() + ": " + e.getMessage();
            }
            return false;
        }
    }

    private CheckOutcome judge(int i, State end) {
        Check c = checks.get(i);
        switch (c.quantifier()) {
            case EVENTUALLY -> {
                if (witness[i] != null) {
                    return pass(c);
                }
                return fail(c, "no step of the run satisfied it" + errorNote(i, "en"),
                        "运行过程中没有任何一步满足它" + errorNote(i, "zh"));
            }
            case ALWAYS, NEVER -> {
                Snapshot w = witness[i];
                if (w == null) {
                    return pass(c);
                }
                String verb = c.quantifier() == Quantifier.ALWAYS ? "it did not hold" : "it held";
                String verbZh = c.quantifier() == Quantifier.ALWAYS ? "条件不成立" : "条件成立了";
                return fail(c, "at step " + w.step() + " (line " + w.line() + ", " + w.event() + ") " + verb + errorNote(i, "en"),
                        "在第 " + w.step() + " 步（第 " + w.line() + " 行，" + w.event() + "）" + verbZh + errorNote(i, "zh"));
            }
            default -> {
                try {
                    if (Expressions.test(c.expression(), end, c.expected())) {
                        return pass(c);
                    }
                    return fail(c, endDetail(c, end, "en"), endDetail(c, end, "zh"));
                } catch (Expressions.CheckException e) {
                    return fail(c, "could not be evaluated at the end: " + e.getMessage(),
                            "在程序结束时无法求值：" + e.getMessage());
                }
            }
        }
    }

    private String errorNote(int i, String lang) {
        if (firstError[i] == null) {
            return "";
        }
        return Texts.of(lang, " (it could not be evaluated at " + firstError[i] + ")",
                "（无法求值：" + firstError[i] + "）");
    }

    private static String endDetail(Check c, State end, String lang) {
        String exit = String.valueOf(end.getExit());
        return switch (c.expression()) {
            case "stdout == #expected" -> Texts.of(lang,
                    "the program printed " + Values.show(end.getStdout()) + " instead of " + Values.show(c.expected()),
                    "程序输出的是 " + Values.show(end.getStdout()) + "，而不是 " + Values.show(c.expected()));
            case "exit == #expected" -> Texts.of(lang, "the exit status was " + exit + firstLine(end),
                    "退出状态是 " + exit + firstLine(end));
            case "panic == #expected" -> end.getPanic() == null
                    ? Texts.of(lang, "the program did not panic (exit status " + exit + ")", "程序没有 panic（退出状态 " + exit + "）")
                    : Texts.of(lang, "it panicked with " + Values.show(end.getPanic()), "它 panic 的信息是 " + Values.show(end.getPanic()));
            case "fatal == #expected" -> end.getFatal() == null
                    ? Texts.of(lang, "the program did not stop with a fatal error (exit status " + exit + ")",
                    "程序没有以 fatal error 结束（退出状态 " + exit + "）")
                    : Texts.of(lang, "it stopped with " + Values.show("fatal error: " + end.getFatal()),
                    "它以 " + Values.show("fatal error: " + end.getFatal()) + " 结束");
            default -> Texts.of(lang, "it was false when the program ended (exit status " + exit + ")",
                    "程序结束时它不成立（退出状态 " + exit + "）");
        };
    }

    private static String firstLine(State end) {
        String err = end.getStderr();
        if (err == null || err.isBlank()) {
            return "";
        }
        return ": " + err.lines().findFirst().orElse("");
    }

    private CheckOutcome pass(Check c) {
        return new CheckOutcome(c, true, Map.of(), cfg);
    }

    private CheckOutcome fail(Check c, String en, String zh) {
        return new CheckOutcome(c, false, Map.of("en", en, "zh", zh), cfg);
    }
}
