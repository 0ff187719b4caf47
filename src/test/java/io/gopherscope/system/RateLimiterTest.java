package io.gopherscope.system;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The token buckets, on a clock the test moves. */
class RateLimiterTest {

    /** A clock that only moves when told to. */
    static final class FakeClock implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    final FakeClock clock = new FakeClock();
    final RateLimiter.Limit fivePerMinute = new RateLimiter.Limit(5, 5);

    @Test
    void aBurstOfCapacityPassesThenTheNextWaitsForOneRefill() {
        RateLimiter limiter = new RateLimiter(clock, 100);
        for (int i = 0; i < 5; i++) {
            RateLimiter.Decision d = limiter.tryConsume("a", fivePerMinute);
            assertThat(d.allowed()).isTrue();
            assertThat(d.remaining()).isEqualTo(4 - i);
        }
        RateLimiter.Decision refused = limiter.tryConsume("a", fivePerMinute);
        assertThat(refused.allowed()).isFalse();
        // 5 tokens a minute: one every 12 s
        assertThat(refused.waitNanos()).isEqualTo(Duration.ofSeconds(12).toNanos());
        assertThat(refused.retryAfterSeconds()).isEqualTo(12);
    }

    @Test
    void tokensComeBackWithTime() {
        RateLimiter limiter = new RateLimiter(clock, 100);
        for (int i = 0; i < 5; i++) {
            limiter.tryConsume("a", fivePerMinute);
        }
        clock.advance(Duration.ofSeconds(11));
        RateLimiter.Decision early = limiter.tryConsume("a", fivePerMinute);
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).isTrue();
        assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).isFalse();
        clock.advance(Duration.ofMinutes(10)); // refills to capacity, never beyond
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).isTrue();
        }
        assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).isFalse();
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(clock, 100);
        for (int i = 0; i < 5; i++) {
            limiter.tryConsume("a", fivePerMinute);
        }
        assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).isFalse();
        assertThat(limiter.tryConsume("b", fivePerMinute).allowed()).isTrue();
    }

    @Test
    void aRetryAfterIsAtLeastOneSecond() {
        assertThat(new RateLimiter.Decision(false, 0, 1).retryAfterSeconds()).isEqualTo(1);
        assertThat(new RateLimiter.Decision(false, 0, 1_000_000_001L).retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void bucketsIdleLongEnoughToBeFullAgainAreForgotten() {
        RateLimiter limiter = new RateLimiter(clock, 100);
        limiter.tryConsume("a", fivePerMinute);
        limiter.tryConsume("b", fivePerMinute);
        assertThat(limiter.size()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(59)); // an empty bucket of 5 at 5/min is full after 60 s
        limiter.tryConsume("c", fivePerMinute);
        assertThat(limiter.size()).isEqualTo(3);
        clock.advance(Duration.ofSeconds(1));
        limiter.tryConsume("c", fivePerMinute);
        assertThat(limiter.size()).as("a and b dropped, c kept").isEqualTo(1);
    }

    @Test
    void forgettingAnIdleBucketChangesNoAnswer() {
        RateLimiter limiter = new RateLimiter(clock, 100);
        for (int i = 0; i < 5; i++) {
            limiter.tryConsume("a", fivePerMinute);
        }
        clock.advance(Duration.ofMinutes(1));
        limiter.tryConsume("other", fivePerMinute); // evicts a
        assertThat(limiter.size()).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).isTrue();
        }
        assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).isFalse();
    }

    @Test
    void memoryIsCappedByForgettingTheLeastRecentlyUsed() {
        RateLimiter limiter = new RateLimiter(clock, 3);
        for (int i = 0; i < 5; i++) {
            limiter.tryConsume("a", fivePerMinute);
        }
        limiter.tryConsume("b", fivePerMinute);
        limiter.tryConsume("c", fivePerMinute);
        limiter.tryConsume("b", fivePerMinute); // b is now more recent than c
        limiter.tryConsume("d", fivePerMinute); // over the cap: a, the least recently used, goes
        assertThat(limiter.size()).isEqualTo(3);
        assertThat(limiter.tryConsume("a", fivePerMinute).allowed()).as("a starts full again").isTrue();
        assertThat(limiter.size()).isEqualTo(3);
        for (int i = 0; i < 10_000; i++) {
            limiter.tryConsume("k" + i, fivePerMinute);
        }
        assertThat(limiter.size()).isEqualTo(3);
    }

    @Test
    void theTimeToRefillCompletelyRoundsUp() {
        assertThat(new RateLimiter.Limit(5, 5).fullAfterNanos()).isEqualTo(Duration.ofMinutes(1).toNanos());
        assertThat(new RateLimiter.Limit(1, 7).fullAfterNanos()).isEqualTo(Math.ceilDiv(60_000_000_000L, 7));
    }
}
