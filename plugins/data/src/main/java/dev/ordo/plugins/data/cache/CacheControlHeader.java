package dev.ordo.plugins.data.cache;

import dev.ordo.api.http.Request;
import java.time.Duration;

/**
 * The {@code Cache-Control} of an answer the cache keeps, as Directus's {@code getCacheControlHeader} words it:
 * {@code no-store} when the client asked to bypass the cache, {@code no-cache} when any write may empty the cache
 * ({@code CACHE_AUTO_PURGE}), else {@code public} or {@code private}, {@code max-age} (the seconds left) and
 * {@code s-maxage}. Directus says {@code public} whenever the caller has no role; Ordo says it only to anonymous
 * callers, so that a shared cache never keeps the answer of a signed-in user without a role, or of a share.
 */
final class CacheControlHeader {

    private final CacheSettings settings;

    CacheControlHeader(CacheSettings settings) {
        this.settings = settings;
    }

    String of(Request request, Duration left, boolean skipped) {
        if (skipped) {
            return "no-store";
        }
        if (left.isNegative() || settings.autoPurge()) {
            return "no-cache";
        }
        String access = request.accountability().isAnonymous() ? "public" : "private";
        // JavaScript's Math.round of the milliseconds: halves round up.
        String value = access + ", max-age=" + (left.toMillis() + 500) / 1000;
        if (settings.sharedMaxAge().isPresent()) {
            value += ", s-maxage=" + settings.sharedMaxAge().getAsLong();
        }
        return value;
    }
}
