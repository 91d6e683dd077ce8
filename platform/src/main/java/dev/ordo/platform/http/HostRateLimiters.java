package dev.ordo.platform.http;

import dev.ordo.api.config.Settings;
import dev.ordo.api.http.RateLimiters;
import dev.ordo.platform.config.RateLimitConfig;
import java.time.Clock;

/** The host's {@link RateLimiters}: in-memory fixed windows, like the global and per-IP limiters. */
public final class HostRateLimiters implements RateLimiters {

    private final Settings settings;
    private final Clock clock;

    public HostRateLimiters(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Limiter limiter(String prefix, Defaults defaults) {
        return new RateLimiter(RateLimitConfig.from(settings, prefix, defaults), clock)::consume;
    }
}
