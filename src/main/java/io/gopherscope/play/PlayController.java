package io.gopherscope.play;

import io.gopherscope.engine.Diagnostic;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.trace.Json;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The playground page and the htmx endpoints that start and reset a run. A run answers with the
 * run panel fragment; its steps then arrive over the run's event stream ({@link RunController}).
 */
@Controller
class PlayController {
    static final String PLAY = "/play";
    static final String RUNS = "/play/runs";
    static final String RESET = "/play/runs/{id}/reset";
    static final String FILE_NAME = "./prog.go";

    private final SimulationRegistry registry;
    private final PlayProperties props;
    private final MessageSource messages;

    PlayController(SimulationRegistry registry, PlayProperties props, MessageSource messages) {
        this.registry = registry;
        this.props = props;
        this.messages = messages;
    }

    @ModelAttribute("goVersions")
    List<String> goVersions() {
        return RunForm.GO_VERSIONS;
    }

    @ModelAttribute("procsChoices")
    List<Integer> procsChoices() {
        return RunForm.PROCS_CHOICES;
    }

    @GetMapping("/")
    String root() {
        return "redirect:" + PLAY;
    }

    @GetMapping(PLAY)
    String page(Model model) {
        model.addAttribute("form", RunForm.defaults());
        return "play/play";
    }

    @PostMapping(RUNS)
    String create(@Valid @ModelAttribute("form") RunForm form, BindingResult errors, HttpSession http, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale) {
        Texts texts = Texts.of(messages, locale);
        String problem = problem(form, errors, texts);
        if (problem != null) {
            model.addAttribute("problem", problem);
        } else {
            Simulation sim = registry.create(Owner.of(http), config(form), texts);
            model.addAttribute("run", view(sim));
        }
        return htmx != null ? "play/run :: run" : "play/play";
    }

    @PostMapping(RESET)
    String reset(@PathVariable String id, HttpSession http, Model model, Locale locale) {
        String owner = Owner.of(http);
        Simulation old = registry.find(id, owner)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such run"));
        registry.discard(old);
        model.addAttribute("run", view(registry.create(owner, old.config, Texts.of(messages, locale))));
        return "play/run :: run";
    }

    private String problem(RunForm form, BindingResult errors, Texts texts) {
        if (errors.hasErrors()) {
            var e = errors.getFieldError();
            if (e == null) {
                return texts.get("play.problem.invalid");
            }
            return switch (e.getField()) {
                case "go" -> texts.get("play.problem.go", RunForm.GO_VERSIONS.getFirst(), RunForm.GO_VERSIONS.getLast());
                case "maxprocs" -> texts.get("play.problem.maxprocs", RunForm.MIN_PROCS, RunForm.MAX_PROCS);
                case "seed" -> texts.get("play.problem.seed");
                default -> texts.get("play.problem.invalid");
            };
        }
        int bytes = form.source().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > props.maxSourceBytes()) {
            return texts.get("play.problem.tooLarge", bytes, props.maxSourceBytes(), props.maxSourceBytes() / 1024);
        }
        if (form.source().isBlank()) {
            return texts.get("play.problem.empty");
        }
        return null;
    }

    private RunConfig config(RunForm form) {
        return RunConfig.of(FILE_NAME, form.source())
                .withGo(form.go())
                .withSeed(form.seed())
                .withMaxProcs(form.maxprocs())
                .withMaxSteps(props.maxSteps());
    }

    /** What the run panel needs: its URLs, its inputs and the compile errors to mark. */
    record RunView(String id, String events, String step, String run, String reset, String choose, String goVersion,
                   long seed, int maxProcs, String diagnostics) {
    }

    static RunView view(Simulation sim) {
        String base = RUNS + "/" + sim.id;
        List<Map<String, Object>> diags = sim.diagnostics().stream().map(PlayController::diagnostic).toList();
        return new RunView(sim.id, base + "/events", base + "/step", base + "/run", base + "/reset", base + "/choose",
                sim.config.goVersion(), sim.config.seed(), sim.config.maxProcs(), Json.write(diags));
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", d.line());
        m.put("col", d.col());
        m.put("message", d.message());
        return m;
    }
}
