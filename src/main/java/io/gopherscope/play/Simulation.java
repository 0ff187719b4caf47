package io.gopherscope.play;

import io.gopherscope.engine.Diagnostic;
import io.gopherscope.engine.Engine;
import io.gopherscope.engine.RunConfig;
import io.gopherscope.engine.RunResult;
import io.gopherscope.engine.Session;
import io.gopherscope.trace.Json;
import io.gopherscope.trace.Snapshot;
import io.gopherscope.trace.SnapshotMaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One playground run: an engine session, every step it produced (kept as the wire events, for
 * step-back in the browser and for resuming a stream), and the browser's SSE stream.
 *
 * <p>Invariants: {@code events.get(0)} is the full snapshot of step 0 and {@code events.get(i)} the
 * delta from step {@code i-1} to step {@code i}; {@code stepIds} holds their steps; their SSE ids
 * are {@code <branch>-<step>} ({@link EventId}) with the current {@code branch}, which grows by one
 * whenever the history is cut and the engine rebuilt; once {@code terminal} is set the session
 * never steps again. The engine session is driven by one
 * thread at a time, under {@code lock}, which also serializes every send on the stream. The
 * emitter sits in an AtomicReference so that container callbacks can drop it without the lock.
 */
final class Simulation {
    private static final Logger log = LoggerFactory.getLogger(Simulation.class);
    private static final long CLOSE_WAIT_MILLIS = 1000;

    /** A final event: {@code done}, {@code limit} or {@code error}, with its JSON data. */
    record Terminal(String name, String data) {
    }

    /** How a manual scheduling request ended. */
    enum Choice { CHOSEN, NOT_RUNNABLE, NO_SUCH_STEP }

    final String id;
    final String owner;
    final RunConfig config;
    final Texts texts;
    private final long maxHistoryBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<SseEmitter> emitter = new AtomicReference<>();
    private final List<String> events = new ArrayList<>();
    private final List<Long> stepIds = new ArrayList<>();
    private Session session;
    private Map<String, Object> current;
    private long historyBytes;
    /** How many times the history was cut and rebuilt (manual scheduling at an earlier step). */
    private volatile int branch;
    private Terminal terminal;
    private volatile long lastUsedNanos = System.nanoTime();
    /** Set by the registry's watchdog when a step did not return in time; the session is dead. */
    private volatile boolean abandoned;
    private volatile String abandonMessage;

    Simulation(String id, String owner, RunConfig config, long maxHistoryBytes, Texts texts) {
        this.id = id;
        this.owner = owner;
        this.config = config;
        this.texts = texts;
        this.maxHistoryBytes = maxHistoryBytes;
        this.abandonMessage = texts.get("run.stopped");
        try {
            session = Engine.open(config);
            Snapshot first = session.snapshot();
            current = SnapshotMaps.toMap(first);
            record(first.step(), Json.write(SnapshotDelta.full(current)));
            if (session.done()) {
                finish();
            }
        } catch (RuntimeException | LinkageError e) {
            fail(e);
        }
    }

    /** Compile errors, for marking lines in the editor. */
    List<Diagnostic> diagnostics() {
        return session == null ? List.of() : session.diagnostics();
    }

    long idleNanos() {
        return System.nanoTime() - lastUsedNanos;
    }

    void touch() {
        lastUsedNanos = System.nanoTime();
    }

    /** Executes up to {@code count} steps, streaming each, within {@code wallBudget}. */
    void advance(long count, Duration wallBudget) {
        lock.lock();
        try {
            touch();
            advanceLocked(count, wallBudget);
        } finally {
            lock.unlock();
        }
    }

    private void advanceLocked(long count, Duration wallBudget) {
        try {
            long deadline = System.nanoTime() + wallBudget.toNanos();
            for (long i = 0; i < count && terminal == null && !session.done(); i++) {
                Snapshot s = session.step();
                if (abandoned) {
                    return;
                }
                Map<String, Object> next = SnapshotMaps.toMap(s);
                String json = Json.write(SnapshotDelta.between(current, next));
                current = next;
                record(s.step(), json);
                send("step", json, s.step());
                if (historyBytes > maxHistoryBytes) {
                    end(limit("memory", texts.get("run.limit.memory", s.step(), maxHistoryBytes >> 20)));
                    return;
                }
                if (System.nanoTime() > deadline && !session.done()) {
                    end(limit("wall time", texts.get("run.limit.wall", s.step(), wallBudget.toSeconds())));
                    return;
                }
            }
            if (terminal == null && session.done()) {
                finish();
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            fail(e);
        }
    }

    /**
     * Manual scheduling: makes goroutine {@code goid} run next, as seen from step {@code atStep},
     * then executes one step so the choice shows. When {@code atStep} is not the newest step the
     * run branches there: the engine session is rebuilt from the run's inputs and the choices made
     * before that step (runs are deterministic, so this reproduces the recorded steps exactly), the
     * later history is dropped, a new branch starts, and the stream says so with a {@code rewind}
     * event (id = {@code <new branch>-<atStep>}) before the new steps.
     */
    Choice choose(long goid, long atStep, Duration wallBudget) {
        lock.lock();
        try {
            touch();
            int at = stepIds.indexOf(atStep);
            if (at < 0 || session == null) {
                return Choice.NO_SUCH_STEP;
            }
            if (at < stepIds.size() - 1 || terminal != null) {
                Session branch = replayTo(atStep);
                if (branch == null || !branch.runnable().contains(goid)) {
                    return Choice.NOT_RUNNABLE;
                }
                session = branch;
                current = SnapshotMaps.toMap(branch.snapshot());
                while (events.size() > at + 1) {
                    historyBytes -= events.remove(events.size() - 1).length();
                    stepIds.remove(stepIds.size() - 1);
                }
                terminal = null;
                this.branch++;
                send("rewind", "{\"step\":" + atStep + ",\"branch\":" + this.branch + "}", atStep);
            } else if (!session.runnable().contains(goid)) {
                return Choice.NOT_RUNNABLE;
            }
            session.choose(goid);
            advanceLocked(1, wallBudget);
            return Choice.CHOSEN;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            fail(e);
            return Choice.NOT_RUNNABLE;
        } finally {
            lock.unlock();
        }
    }

    /** A new session at {@code step}, with this run's earlier scheduling choices replayed. */
    private Session replayTo(long step) {
        List<long[]> choices = session.choices();
        Session s = Engine.open(config);
        int k = 0;
        while (s.steps() < step && !s.done()) {
            while (k < choices.size() && choices.get(k)[0] == s.steps()) {
                s.choose(choices.get(k++)[1]);
            }
            s.step();
        }
        return s.steps() == step && !s.done() ? s : null;
    }

    /** The scheduling choices made so far, as (step, goid) pairs, for sharing a run. */
    List<long[]> choices() {
        lock.lock();
        try {
            return session == null ? List.of() : session.choices();
        } finally {
            lock.unlock();
        }
    }

    /** The SSE id of {@code step} on the current branch. */
    EventId eventId(long step) {
        return new EventId(branch, step);
    }

    /**
     * Connects a browser stream. Without {@code lastEventId}, or with one from another branch, the
     * stream starts from step 0 (a full snapshot, then every delta); with one from the current
     * branch, from the step after it. A finished run ends the stream with its terminal event.
     */
    void attach(SseEmitter next, EventId lastEventId) {
        if (!lockUnlessAbandoned()) {
            sendAbandoned(next);
            return;
        }
        try {
            touch();
            SseEmitter old = emitter.getAndSet(next);
            if (old != null) {
                old.complete();
            }
            int from = 0;
            if (lastEventId != null && lastEventId.branch() == branch) {
                int at = stepIds.indexOf(lastEventId.step());
                from = at >= 0 ? at + 1 : 0;
            }
            for (int i = from; i < events.size(); i++) {
                send("step", events.get(i), stepIds.get(i));
            }
            if (terminal != null) {
                send(terminal.name(), terminal.data(), null);
                completeStream();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the lock, giving up when the watchdog abandons the run (its holder is stuck). */
    private boolean lockUnlessAbandoned() {
        try {
            while (!abandoned) {
                if (lock.tryLock(250, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Drops {@code gone} if it is still the current stream (called from container callbacks). */
    void detach(SseEmitter gone) {
        emitter.compareAndSet(gone, null);
    }

    /** Sends a comment so proxies keep the stream open and dead clients are noticed. */
    void heartbeat() {
        if (emitter.get() == null || !lock.tryLock()) {
            return; // no stream, or busy sending steps anyway
        }
        try {
            SseEmitter e = emitter.get();
            if (e != null) {
                try {
                    e.send(SseEmitter.event().comment("heartbeat"));
                } catch (IOException | IllegalStateException ex) {
                    emitter.compareAndSet(e, null); // never complete() after an I/O error
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Gives up on a run whose step did not return within its budget. The thread inside the engine
     * still holds the lock, so this ends the stream without it; the stuck step, should it ever
     * return, sees {@code abandoned} and sends nothing more.
     */
    void abandon(String message) {
        abandonMessage = message;
        abandoned = true;
        SseEmitter e = emitter.getAndSet(null);
        if (e != null) {
            sendAbandoned(e);
        }
    }

    private void sendAbandoned(SseEmitter e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("limit", "wall time");
        data.put("message", abandonMessage);
        try {
            e.send(SseEmitter.event().name("limit").data(Json.write(data)));
            e.complete();
        } catch (IOException | IllegalStateException ex) {
            // the client is gone already
        }
    }

    boolean abandoned() {
        return abandoned;
    }

    /** Ends the run from outside (eviction, shutdown); gives up on a run stuck inside a step. */
    void close(String limitName, String message) {
        boolean locked;
        try {
            locked = lock.tryLock(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            abandon(message);
            return;
        }
        try {
            if (terminal == null) {
                end(limit(limitName, message));
            } else {
                completeStream();
            }
        } finally {
            lock.unlock();
        }
    }

    private void record(long step, String json) {
        events.add(json);
        stepIds.add(step);
        historyBytes += json.length();
    }

    private void finish() {
        RunResult r = session.result();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exitCode", r.exitCode());
        data.put("steps", r.steps());
        data.put("limit", r.limit());
        data.put("diagnostics", diagnosticMaps());
        // the final output as go run shows it (a compile report exists only here, not in a snapshot)
        data.put("stdout", r.stdout());
        data.put("stderr", r.stderr());
        if (r.limit() != null) {
            data.put("message", texts.get("run.limit.budget", r.steps(), r.limit()));
            end(new Terminal("limit", Json.write(data)));
        } else {
            end(new Terminal("done", Json.write(data)));
        }
    }

    private void fail(Throwable e) {
        log.error("simulation {} failed", id, e);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message", texts.get("run.error.simulator"));
        end(new Terminal("error", Json.write(data)));
    }

    private Terminal limit(String name, String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("limit", name);
        data.put("message", message);
        data.put("steps", stepIds.isEmpty() ? 0L : stepIds.get(stepIds.size() - 1));
        return new Terminal("limit", Json.write(data));
    }

    private void end(Terminal t) {
        terminal = t;
        send(t.name(), t.data(), null);
        completeStream();
    }

    private void completeStream() {
        SseEmitter e = emitter.getAndSet(null);
        if (e != null) {
            e.complete();
        }
    }

    private void send(String name, String data, Long eventId) {
        SseEmitter e = emitter.get();
        if (e == null) {
            return;
        }
        SseEmitter.SseEventBuilder event = SseEmitter.event().name(name).data(data);
        if (eventId != null) {
            event.id(new EventId(branch, eventId).toString());
        }
        try {
            e.send(event);
        } catch (IOException | IllegalStateException ex) {
            emitter.compareAndSet(e, null); // the client went away; Spring forbids complete() now
        }
    }

    private List<Map<String, Object>> diagnosticMaps() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Diagnostic d : diagnostics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", d.line());
            m.put("col", d.col());
            m.put("message", d.message());
            out.add(m);
        }
        return out;
    }
}
