package io.gopherscope.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request rate limits per client ({@code gopherscope.rate-limits.*}), enforced by
 * {@link RateLimitFilter}. Each named rule is a token bucket per client and a larger one per
 * network address; the format, the defaults and the reasons for them are in
 * {@code docs/configuration.md}.
 *
 * <pre>
 * gopherscope.rate-limits.rules.play-create.methods=POST
 * gopherscope.rate-limits.rules.play-create.paths=/play/runs,/play/runs/{id}/reset
 * gopherscope.rate-limits.rules.play-create.capacity=30
 * gopherscope.rate-limits.rules.play-create.refill-per-minute=20
 * gopherscope.rate-limits.rules.play-create.address-capacity=900
 * gopherscope.rate-limits.rules.play-create.address-refill-per-minute=900
 * </pre>
 *
 * @param enabled    false turns every rule off
 * @param maxClients buckets kept in memory at most (all rules together); past it the least
 *                   recently used bucket is forgotten (it starts full again if that client returns)
 * @param rules      the rules by name
 */
@ConfigurationProperties("gopherscope.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20000") int maxClients,
        Map<String, Rule> rules) {

    public RateLimitProperties {
        rules = rules == null ? Map.of() : new TreeMap<>(rules);
        if (maxClients < 1) {
            throw new IllegalArgumentException("gopherscope.rate-limits.max-clients must be at least 1");
        }
    }

    /**
     * One limit: which requests it counts and how many it lets through.
     *
     * @param enabled                false turns this rule off
     * @param methods                HTTP methods counted (any method when empty)
     * @param paths                  Spring {@code PathPattern}s, such as {@code /play/runs/{id}/step} or {@code /lessons/**}
     * @param capacity               requests one client (browser session) may make in a burst
     * @param refillPerMinute        tokens added back to a client's bucket per minute
     * @param addressCapacity        burst for everyone behind one network address together; 0 = 20 × capacity
     * @param addressRefillPerMinute refill of the address bucket per minute; 0 = 20 × refillPerMinute
     */
    public record Rule(
            @DefaultValue("true") boolean enabled,
            @DefaultValue List<String> methods,
            @DefaultValue List<String> paths,
            @DefaultValue("60") long capacity,
            @DefaultValue("60") long refillPerMinute,
            @DefaultValue("0") long addressCapacity,
            @DefaultValue("0") long addressRefillPerMinute) {

        public Rule {
            methods = methods == null ? List.of() : methods.stream().map(m -> m.strip().toUpperCase(java.util.Locale.ROOT)).toList();
            paths = paths == null ? List.of() : List.copyOf(paths);
            if (capacity < 1 || refillPerMinute < 1 || addressCapacity < 0 || addressRefillPerMinute < 0) {
                throw new IllegalArgumentException("a rate limit needs capacity and refill-per-minute of at least 1");
            }
            if (addressCapacity == 0) {
                addressCapacity = capacity * 20;
            }
            if (addressRefillPerMinute == 0) {
                addressRefillPerMinute = refillPerMinute * 20;
            }
        }
    }
}
