package io.gopherscope.play;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Budgets of the playground ({@code gopherscope.play.*} in application.properties).
 *
 * @param maxSessions          simulations kept in memory on this node; the least recently used goes first
 * @param maxSessionsPerClient simulations one browser session may hold; its oldest goes first
 * @param idleTimeout          a simulation untouched this long is closed
 * @param maxSourceBytes       largest program accepted (UTF-8 bytes)
 * @param maxSteps             step budget of one run
 * @param maxHistoryBytes      memory budget for a run's recorded steps (kept for replay and resume)
 * @param runWallTime          wall-clock budget of one "run to end" request
 * @param heartbeat            interval of SSE comment heartbeats
 * @param streamTimeout        lifetime of one SSE response; the browser then resumes with Last-Event-ID
 */
@ConfigurationProperties("gopherscope.play")
public record PlayProperties(
        @DefaultValue("100") int maxSessions,
        @DefaultValue("4") int maxSessionsPerClient,
        @DefaultValue("15m") Duration idleTimeout,
        @DefaultValue("65536") int maxSourceBytes,
        @DefaultValue("20000") long maxSteps,
        @DefaultValue("8388608") long maxHistoryBytes,
        @DefaultValue("5s") Duration runWallTime,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration streamTimeout) {
}
