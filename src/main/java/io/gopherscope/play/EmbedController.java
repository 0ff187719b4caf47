package io.gopherscope.play;

import io.gopherscope.engine.RunConfig;
import io.gopherscope.lesson.Sandbox;
import io.gopherscope.lesson.SandboxRun;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;

/**
 * The sandbox a lesson embeds: {@code /play/embed?lesson=ID&sandbox=N} is a compact playground for
 * the lesson's N-th {@code sandbox} block (in the visitor's language), already loaded, that opens
 * at the block's step with only its views. The lesson page shows it in an iframe.
 *
 * <p>Why an iframe and not the same modules mounted in the lesson page: the playground's front end
 * (main.js) owns one run, one editor, one diagram and the page's keyboard shortcuts; a page with
 * six sandboxes would need all of that made per-instance, and the arrow keys of one sandbox must
 * not step another or scroll the prose. An iframe gives each sandbox its own document, stream and
 * shortcuts for free, with the same code the playground runs (and tests). It is same-origin, so it
 * shares the visitor's session; {@code SecurityHeadersFilter} lets only this site frame it.
 */
@Controller
class EmbedController {
    static final String EMBED = "/play/embed";

    private final SimulationRegistry registry;
    private final MessageSource messages;
    private final SandboxRun.Cache sandboxes;

    EmbedController(SimulationRegistry registry, MessageSource messages, SandboxRun.Cache sandboxes) {
        this.registry = registry;
        this.messages = messages;
        this.sandboxes = sandboxes;
    }

    @GetMapping(EMBED)
    String embed(@RequestParam String lesson, @RequestParam int sandbox, HttpSession http, Model model, Locale locale) {
        String lang = locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
        SandboxRun s = sandboxes.find(lesson, lang, sandbox)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such sandbox"));
        // the lesson's own step budget: lessons check has run this program to its end under it
        RunConfig config = s.config();
        Simulation sim = registry.create(Owner.of(http), config, Texts.of(messages, locale));
        List<String> views = s.views().isEmpty() ? Sandbox.VIEWS : s.views();
        model.addAttribute("run", PlayController.view(sim));
        model.addAttribute("source", s.source());
        model.addAttribute("fileName", s.fileName());
        model.addAttribute("openStep", s.openStep());
        model.addAttribute("views", String.join(" ", views));
        model.addAttribute("console", views.contains("console"));
        model.addAttribute("again", EMBED + "?lesson=" + s.lessonId() + "&sandbox=" + s.index());
        return "play/embed";
    }
}
