package io.gopherscope.system;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets by key (Bucket4j's in-memory buckets, greedy refill), in bounded memory.
 *
 * <p>Invariants: at most {@code maxBuckets} buckets are held; they sit in least-recently-used
 * order. A bucket left alone for as long as it takes to refill completely is full again, so
 * forgetting it then changes nothing: every lookup first drops such buckets from the old end. Only
 * when more than {@code maxBuckets} distinct keys are active at once (a flood of new clients)
 * is a bucket that is not yet full forgotten, the least recently used one first.
 *
 * <p>The map is guarded by {@code this}; a bucket itself is thread-safe, so consuming from it
 * happens outside that lock.
 */
final class RateLimiter {

    /** The size of one bucket: a burst of {@code capacity}, refilled by {@code refillPerMinute}. */
    record Limit(long capacity, long refillPerMinute) {
        Limit {
            if (capacity < 1 || refillPerMinute < 1) {
                throw new IllegalArgumentException("capacity and refill must be at least 1");
            }
        }

        /** How long an empty bucket takes to fill up. */
        long fullAfterNanos() {
            return Math.ceilDiv(capacity * Duration.ofMinutes(1).toNanos(), refillPerMinute);
        }
    }

    /** The answer for one request: allowed, or refused with how long to wait for a token. */
    record Decision(boolean allowed, long remaining, long waitNanos) {
        static final Decision ALLOWED = new Decision(true, -1, 0);

        /** The {@code Retry-After} value: whole seconds, at least 1. */
        long retryAfterSeconds() {
            return Math.max(1, Math.ceilDiv(waitNanos, 1_000_000_000L));
        }
    }

    private static final class Entry {
        final Bucket bucket;
        final long fullAfterNanos;
        long lastUsed;

        Entry(Bucket bucket, long fullAfterNanos, long now) {
            this.bucket = bucket;
            this.fullAfterNanos = fullAfterNanos;
            this.lastUsed = now;
        }
    }

    private final TimeMeter clock;
    private final int maxBuckets;
    private final LinkedHashMap<String, Entry> buckets = new LinkedHashMap<>(256, 0.75f, true);

    RateLimiter(TimeMeter clock, int maxBuckets) {
        this.clock = clock;
        this.maxBuckets = maxBuckets;
    }

    /** Takes one token from the bucket of {@code key}, creating it (full) on first use. */
    Decision tryConsume(String key, Limit limit) {
        Bucket bucket = bucket(key, limit);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new Decision(true, probe.getRemainingTokens(), 0)
                : new Decision(false, 0, probe.getNanosToWaitForRefill());
    }

    synchronized int size() {
        return buckets.size();
    }

    private synchronized Bucket bucket(String key, Limit limit) {
        long now = clock.currentTimeNanos();
        evict(now);
        Entry e = buckets.get(key);
        if (e == null) {
            Bucket b = Bucket.builder()
                    .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.refillPerMinute(), Duration.ofMinutes(1)))
                    .withCustomTimePrecision(clock)
                    .build();
            e = new Entry(b, limit.fullAfterNanos(), now);
            buckets.put(key, e);
            if (buckets.size() > maxBuckets) {
                Iterator<String> it = buckets.keySet().iterator();
                it.next();
                it.remove(); // the least recently used; never the one just added (it is the newest)
            }
        }
        e.lastUsed = now;
        return e.bucket;
    }

    /** Drops buckets, oldest first, that have been idle long enough to be full again. */
    private void evict(long now) {
        Iterator<Map.Entry<String, Entry>> it = buckets.entrySet().iterator();
        while (it.hasNext()) {
            Entry e = it.next().getValue();
            if (now - e.lastUsed < e.fullAfterNanos) {
                // LRU order, not idle-time order across different limits: a younger bucket with a
                // long refill may sit before an older one; both are dropped once they reach the front.
                return;
            }
            it.remove();
        }
    }
}
