package dev.ordo.platform.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.error.RequestsExceededException;
import dev.ordo.platform.config.RateLimitConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts requests per key (a client IP, or one key for everyone) in fixed windows, as Directus's memory limiter does:
 * the first request of a key opens a window of the configured duration, and once its points are spent every further
 * request in that window fails with 429 {@code REQUESTS_EXCEEDED}. Idle keys are forgotten when their window ends.
 */
final class RateLimiter {

    private final RateLimitConfig config;
    private final Clock clock;
    private final Cache<String, Window> windows;

    RateLimiter(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.windows = Caffeine.newBuilder().expireAfterWrite(config.duration()).build();
    }

    /** Spends one request of {@code key}'s window, or fails when none is left. */
    void consume(String key) {
        if (!config.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Window window = windows.asMap().compute(key, (k, current) ->
            current == null || !now.isBefore(current.end()) ? new Window(now.plus(config.duration()), 1)
                : new Window(current.end(), current.spent() + 1));
        if (window.spent() > config.points()) {
            throw new RequestsExceededException(config.points(), now, Duration.between(now, window.end()));
        }
    }

    private record Window(Instant end, int spent) {
    }
}
