package io.gopherscope.play;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's event stream and the requests that advance it. Stepping answers 202 at once; the
 * snapshots follow on the stream as {@code step} events (id = {@code <branch>-<step>}, see
 * {@link EventId}), ended by {@code done}, {@code limit} or {@code error}.
 */
@RestController
class RunController {
    static final String STEP = "/play/runs/{id}/step";
    static final String RUN = "/play/runs/{id}/run";
    static final String EVENTS = "/play/runs/{id}/events";
    static final String CHOOSE = "/play/runs/{id}/choose";
    static final int MAX_STEPS_PER_REQUEST = 1000;

    private final SimulationRegistry registry;
    private final PlayProperties props;

    RunController(SimulationRegistry registry, PlayProperties props) {
        this.registry = registry;
        this.props = props;
    }

    @PostMapping(STEP)
    ResponseEntity<Void> step(@PathVariable String id, @RequestParam(defaultValue = "1") int count, HttpSession http) {
        if (count < 1 || count > MAX_STEPS_PER_REQUEST) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "count must be 1.." + MAX_STEPS_PER_REQUEST);
        }
        registry.advance(find(id, http), count, props.runWallTime());
        return ResponseEntity.accepted().build();
    }

    @PostMapping(RUN)
    ResponseEntity<Void> runToEnd(@PathVariable String id, HttpSession http) {
        registry.advance(find(id, http), Long.MAX_VALUE, props.runWallTime());
        return ResponseEntity.accepted().build();
    }

    /**
     * Manual scheduling: goroutine {@code goid} runs next, from step {@code step} (the step the
     * student is looking at; an earlier one branches the run there). Answers 200 with the step the
     * choice was made at and {@code lastEventId}, the id of that step on the run's (possibly new)
     * branch, from which a closed stream resumes; 409 when that goroutine was not runnable then,
     * 404 for an unknown step.
     */
    @PostMapping(path = CHOOSE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> choose(@PathVariable String id, @RequestParam long goid, @RequestParam long step,
                                               HttpSession http) {
        Simulation sim = find(id, http);
        Simulation.Choice c = registry.choose(sim, goid, step, props.runWallTime());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step);
        body.put("goid", goid);
        return switch (c) {
            case CHOSEN -> {
                body.put("lastEventId", sim.eventId(step).toString());
                yield ResponseEntity.ok(body);
            }
            case NOT_RUNNABLE -> {
                body.put("message", sim.texts.get("run.choose.notRunnable", goid, step));
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(body);
            }
            case NO_SUCH_STEP -> {
                body.put("message", sim.texts.get("run.choose.noStep", step));
                yield ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
            }
        };
    }

    @GetMapping(path = EVENTS, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id, HttpSession http,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
                      @RequestParam(name = "lastEventId", required = false) String lastEventIdParam) {
        Simulation sim = find(id, http);
        SseEmitter emitter = new SseEmitter(props.streamTimeout().toMillis());
        emitter.onCompletion(() -> sim.detach(emitter));
        emitter.onTimeout(() -> sim.detach(emitter));
        emitter.onError(e -> sim.detach(emitter));
        registry.attach(sim, emitter, EventId.parse(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam));
        return emitter;
    }

    private Simulation find(String id, HttpSession http) {
        return registry.find(id, Owner.of(http))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such run"));
    }
}
