package dev.ordo.platform.http;

import dev.ordo.api.auth.ClientInfo;
import dev.ordo.platform.config.RateLimitConfig;
import java.time.Clock;

/**
 * The rate limiters every request passes before it is answered (Directus's order: after reading the token, before
 * {@code /server/ping}): the one shared by all requests, then the one per client IP. A request whose IP is unknown
 * is counted under one key for all such requests.
 */
public final class RequestLimits {

    private static final String GLOBAL = "global";
    private static final String UNKNOWN_IP = "unknown";

    private final RateLimiter global;
    private final RateLimiter perIp;

    public RequestLimits(RateLimitConfig global, RateLimitConfig perIp, Clock clock) {
        this.global = new RateLimiter(global, clock);
        this.perIp = new RateLimiter(perIp, clock);
    }

    public static RequestLimits none() {
        return new RequestLimits(RateLimitConfig.DISABLED, RateLimitConfig.DISABLED, Clock.systemUTC());
    }

    /** @throws dev.ordo.api.error.RequestsExceededException when a limiter has no request left */
    void check(ClientInfo client) {
        global.consume(GLOBAL);
        perIp.consume(client.ip().orElse(UNKNOWN_IP));
    }
}
