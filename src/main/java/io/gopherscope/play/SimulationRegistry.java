package io.gopherscope.play;

import io.gopherscope.engine.RunConfig;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The simulations held by this node. Bounded: at most {@code maxSessions} in all and
 * {@code maxSessionsPerClient} per browser session (the least recently used go first), and idle
 * ones are closed after {@code idleTimeout}. A simulation id is a 128-bit random token bound to
 * the browser session that created it: {@link #find} with another owner finds nothing.
 *
 * <p>Engine work and SSE sends run on virtual threads; a small timer drives heartbeats and
 * eviction.
 */
@Component
class SimulationRegistry {

    private static final Logger log = LoggerFactory.getLogger(SimulationRegistry.class);
    private static final long WATCHDOG_GRACE_MILLIS = 2000;

    private final PlayProperties props;
    private final ConcurrentHashMap<String, Simulation> simulations = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("play-housekeeping").daemon().factory());

    SimulationRegistry(PlayProperties props) {
        this.props = props;
        long beat = Math.max(1, props.heartbeat().toMillis());
        timer.scheduleWithFixedDelay(this::heartbeats, beat, beat, TimeUnit.MILLISECONDS);
        long sweep = Math.max(1000, Math.min(props.idleTimeout().toMillis() / 4, 60_000));
        timer.scheduleWithFixedDelay(this::evictIdle, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    /** Compiles and registers a new simulation, making room first when a bound is reached. */
    Simulation create(String owner, RunConfig config, Texts texts) {
        // Compile outside the lock: one student's big program must not hold up everyone else.
        Simulation sim = new Simulation(newId(), owner, config.withWallMillis(0), props.maxHistoryBytes(), texts);
        synchronized (this) {
            var mine = simulations.values().stream().filter(s -> s.owner.equals(owner)).toList();
            if (mine.size() >= props.maxSessionsPerClient()) {
                mine.stream().max(Comparator.comparingLong(Simulation::idleNanos))
                        .ifPresent(s -> remove(s, "replaced", s.texts.get("run.closed.replaced")));
            }
            while (simulations.size() >= props.maxSessions()) {
                simulations.values().stream().max(Comparator.comparingLong(Simulation::idleNanos))
                        .ifPresent(s -> remove(s, "capacity", s.texts.get("run.closed.capacity")));
            }
            simulations.put(sim.id, sim);
            return sim;
        }
    }

    Optional<Simulation> find(String id, String owner) {
        Simulation s = simulations.get(id);
        if (s == null || !s.owner.equals(owner)) {
            return Optional.empty();
        }
        s.touch();
        return Optional.of(s);
    }

    void discard(Simulation s) {
        remove(s, "replaced", s.texts.get("run.closed.reset"));
    }

    /**
     * Steps a simulation in the background; results arrive on its stream. A watchdog gives up on
     * the run when a single engine step does not return within the budget plus a grace period
     * (the engine checks its budgets between statements, so this is a last line of defence).
     */
    void advance(Simulation s, long count, Duration budget) {
        Future<?> work = workers.submit(() -> s.advance(count, budget));
        long grace = budget.toMillis() + WATCHDOG_GRACE_MILLIS;
        timer.schedule(() -> {
            if (!work.isDone() && !s.abandoned()) {
                log.warn("simulation {} is stuck in one step after {} ms; abandoning it", s.id, grace);
                simulations.remove(s.id, s);
                s.abandon(s.texts.get("run.abandoned", budget.toSeconds()));
            }
        }, grace, TimeUnit.MILLISECONDS);
    }

    /**
     * Manual scheduling on a worker thread, waited for: the answer says whether the goroutine was
     * runnable at that step; the step it then runs arrives on the stream.
     */
    Simulation.Choice choose(Simulation s, long goid, long atStep, Duration budget) {
        Future<Simulation.Choice> work = workers.submit(() -> s.choose(goid, atStep, budget));
        try {
            return work.get(budget.toMillis() * 2 + WATCHDOG_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Simulation.Choice.NOT_RUNNABLE;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("simulation {}: manual scheduling did not finish", s.id, e);
            return Simulation.Choice.NOT_RUNNABLE;
        }
    }

    void attach(Simulation s, SseEmitter emitter, EventId lastEventId) {
        workers.execute(() -> s.attach(emitter, lastEventId));
    }

    int size() {
        return simulations.size();
    }

    void evictIdle() {
        long limit = props.idleTimeout().toNanos();
        for (Simulation s : simulations.values()) {
            if (s.idleNanos() > limit) {
                remove(s, "idle", s.texts.get("run.closed.idle", props.idleTimeout().toMinutes()));
            }
        }
    }

    private void heartbeats() {
        for (Simulation s : simulations.values()) {
            workers.execute(s::heartbeat);
        }
    }

    private void remove(Simulation s, String limitName, String message) {
        if (simulations.remove(s.id, s)) {
            workers.execute(() -> s.close(limitName, message));
        }
    }

    private String newId() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @PreDestroy
    void shutdown() {
        timer.shutdownNow();
        for (Simulation s : simulations.values()) {
            s.close("shutdown", s.texts.get("run.closed.shutdown"));
        }
        simulations.clear();
        workers.shutdown();
    }
}
