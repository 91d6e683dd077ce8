package dev.ordo.api.http;

import java.time.Duration;

/**
 * Request rate limiters configured the way Directus configures its own: {@code <PREFIX>_ENABLED},
 * {@code <PREFIX>_POINTS} requests per {@code <PREFIX>_DURATION} (seconds, or a duration such as {@code 1m}). The host
 * provides this service, so a module limits its own routes (registration, for example) with the operator's settings
 * and the same 429 {@code REQUESTS_EXCEEDED} answer as every other limiter.
 *
 * @since 1.3.0
 */
public interface RateLimiters {

    /**
     * A limiter read from the settings under {@code prefix}, falling back to {@code defaults} for what is unset.
     *
     * @throws dev.ordo.api.config.InvalidSettingException when a setting is malformed (the module should fail to start)
     */
    Limiter limiter(String prefix, Defaults defaults);

    /** What a limiter does when the operator configured nothing. */
    record Defaults(boolean enabled, int points, Duration duration) {
    }

    /** Counts requests per key (usually a client IP) in fixed windows. */
    interface Limiter {

        /**
         * Spends one request of {@code key}'s window.
         *
         * @throws dev.ordo.api.error.RequestsExceededException when the window has no request left
         */
        void consume(String key);
    }
}
