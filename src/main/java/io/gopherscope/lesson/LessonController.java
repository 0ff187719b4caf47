package io.gopherscope.lesson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The lesson pages and exercise grading. A lesson page shows the prose (with its sandboxes) and
 * the exercises; submitting an exercise (htmx) answers with the verdict fragment, which names the
 * failed checks with the author's advice. When an {@link AttemptRecorder} is present (the
 * classroom), a graded submission is handed to it; its receipt is shown under the verdict and
 * sent as the {@code Gopherscope-Attempt} header, and a storage failure answers 503 so the
 * submission is never silently dropped.
 */
@Controller
class LessonController {
    static final String LESSONS = "/lessons";
    static final String LESSON = "/lessons/{id}";
    static final String EXERCISE = "/lessons/{id}/exercises/{exercise}";
    /** The engine's own source limit; larger submissions are refused before running. */
    static final int MAX_SUBMISSION_BYTES = 256 * 1024;

    /** Tells scripts and tests what became of the attempt: {@code recorded; id=N}, {@code refused}, {@code failed}. */
    static final String ATTEMPT_HEADER = "Gopherscope-Attempt";

    private final LessonCatalog catalog;
    private final ExerciseChecker checker;
    private final ObjectProvider<AttemptRecorder> recorder;

    LessonController(LessonCatalog catalog, ExerciseChecker checker, ObjectProvider<AttemptRecorder> recorder) {
        this.catalog = catalog;
        this.checker = checker;
        this.recorder = recorder;
    }

    @GetMapping(LESSONS)
    String index(Model model, Locale locale) {
        String lang = LessonPages.lang(locale);
        model.addAttribute("lessons", catalog.lessons().stream().map(l -> LessonPages.summary(l, lang)).toList());
        model.addAttribute("t", texts(lang));
        return "lesson/index";
    }

    @GetMapping(LESSON)
    String lesson(@PathVariable String id, Model model, Locale locale) {
        String lang = LessonPages.lang(locale);
        Lesson lesson = find(id);
        model.addAttribute("page", LessonPages.page(lesson, catalog.lessons(), lang));
        model.addAttribute("t", texts(lang));
        return "lesson/lesson";
    }

    @PostMapping(EXERCISE)
    String check(@PathVariable String id, @PathVariable String exercise,
                 @RequestParam(defaultValue = "") String submission, Model model, Locale locale,
                 @RequestHeader(name = "HX-Request", required = false) String htmx,
                 HttpServletRequest request, HttpServletResponse response) {
        String lang = LessonPages.lang(locale);
        Lesson lesson = find(id);
        Exercise ex = lesson.exercise(exercise)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such exercise"));
        Verdict verdict;
        if (submission.getBytes(StandardCharsets.UTF_8).length > MAX_SUBMISSION_BYTES) {
            verdict = new Verdict(false, java.util.List.of(), Map.of("en", "The submission is too large.",
                    "zh", "提交的内容太大了。"), null, 0);
        } else {
            verdict = checker.check(ex, submission);
            record(request, response, lesson, ex, submission, verdict, lang, model);
        }
        model.addAttribute("verdict", verdict);
        model.addAttribute("message", verdict.message(lang));
        model.addAttribute("exerciseId", ex.id());
        model.addAttribute("t", texts(lang));
        if (htmx != null) {
            return "lesson/lesson :: verdict";
        }
        model.addAttribute("page", LessonPages.page(lesson, catalog.lessons(), lang));
        return "lesson/lesson";
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Lesson lesson, Exercise ex,
                        String submission, Verdict verdict, String lang, Model model) {
        AttemptRecorder r = recorder.getIfAvailable();
        if (r == null) {
            return;
        }
        AttemptRecorder.Receipt receipt = r.record(request, lesson, ex, submission, verdict);
        switch (receipt.status()) {
            case NONE -> { }
            case RECORDED -> response.setHeader(ATTEMPT_HEADER, "recorded; id=" + receipt.attemptId());
            case REFUSED -> response.setHeader(ATTEMPT_HEADER, "refused");
            case FAILED -> {
                response.setHeader(ATTEMPT_HEADER, "failed");
                response.setHeader("Retry-After", "2");
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
        model.addAttribute("attemptStatus", receipt.status().name().toLowerCase(Locale.ROOT));
        model.addAttribute("attemptNote", receipt.note(lang));
    }

    private Lesson find(String id) {
        return catalog.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lesson"));
    }

    /** The page's own words in the visitor's language. */
    static Map<String, String> texts(String lang) {
        boolean zh = "zh".equals(lang);
        return Map.ofEntries(
                Map.entry("lessons", zh ? "课程" : "Lessons"),
                Map.entry("minutes", zh ? "分钟" : "min"),
                Map.entry("exercises", zh ? "练习" : "Exercises"),
                Map.entry("check", zh ? "检查" : "Check"),
                Map.entry("answer", zh ? "你的预测" : "Your prediction"),
                Map.entry("program", zh ? "你的程序" : "Your program"),
                Map.entry("schedule", zh ? "你的调度（每行：步数 goroutine编号）" : "Your schedule (one line each: STEP GOID)"),
                Map.entry("hint", zh ? "提示" : "Hint"),
                Map.entry("passed", zh ? "通过" : "Passed"),
                Map.entry("failed", zh ? "未通过" : "Not yet"),
                Map.entry("previous", zh ? "上一课" : "Previous"),
                Map.entry("next", zh ? "下一课" : "Next"));
    }
}
