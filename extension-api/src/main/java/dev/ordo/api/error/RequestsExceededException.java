package dev.ordo.api.error;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * 429 {@code REQUESTS_EXCEEDED}: a rate limiter has no request left for the caller until {@code reset}. The host also
 * sends {@code Retry-After} (whole seconds).
 */
public final class RequestsExceededException extends OrdoException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** @param limit the requests allowed per window; {@code retryAfter} how long until the window ends */
    public RequestsExceededException(int limit, Instant now, Duration retryAfter) {
        super(ErrorCode.REQUESTS_EXCEEDED, "Too many requests, retry after " + wholeSeconds(retryAfter) + "s.",
            Map.of("limit", limit, "reset", now.plus(retryAfter).toString()));
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} value: whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
