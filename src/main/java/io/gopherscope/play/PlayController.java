package io.gopherscope.play;

import io.gopherscope.engine.Diagnostic;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.trace.Json;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
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

    PlayController(SimulationRegistry registry, PlayProperties props) {
        this.registry = registry;
        this.props = props;
    }

    @ModelAttribute("goVersions")
    List<String> goVersions() {
        return RunForm.GO_VERSIONS;
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
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        String problem = problem(form, errors);
        if (problem != null) {
            model.addAttribute("problem", problem);
        } else {
            Simulation sim = registry.create(Owner.of(http), config(form));
            model.addAttribute("run", view(sim));
        }
        return htmx != null ? "play/run :: run" : "play/play";
    }

    @PostMapping(RESET)
    String reset(@PathVariable String id, HttpSession http, Model model) {
        String owner = Owner.of(http);
        Simulation old = registry.find(id, owner)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such run"));
        registry.discard(old);
        model.addAttribute("run", view(registry.create(owner, old.config)));
        return "play/run :: run";
    }

    private String problem(RunForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            var e = errors.getFieldError();
            return e != null && e.getDefaultMessage() != null ? e.getDefaultMessage() : "The form has an invalid value.";
        }
        int bytes = form.source().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > props.maxSourceBytes()) {
            return "Your program is " + bytes + " bytes long; the playground accepts programs of up to "
                    + props.maxSourceBytes() + " bytes (" + props.maxSourceBytes() / 1024 + " KiB). Shorten it and run it again.";
        }
        if (form.source().isBlank()) {
            return "There is no program to run. Write a Go program (package main with a func main) first.";
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
    record RunView(String id, String events, String step, String run, String reset, String goVersion,
                   long seed, int maxProcs, String diagnostics) {
    }

    private static RunView view(Simulation sim) {
        String base = RUNS + "/" + sim.id;
        List<Map<String, Object>> diags = sim.diagnostics().stream().map(PlayController::diagnostic).toList();
        return new RunView(sim.id, base + "/events", base + "/step", base + "/run", base + "/reset",
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
