package dev.ordo.plugins.data.read;

import dev.ordo.api.config.Settings;
import dev.ordo.api.query.Query;

/**
 * {@code QUERY_LIMIT_DEFAULT} and {@code QUERY_LIMIT_MAX}: how many items a read returns when it does not say, and
 * at most ({@code -1}: no maximum).
 */
public record QueryLimits(int defaultLimit, int maxLimit) {

    public static QueryLimits from(Settings settings) {
        return new QueryLimits(settings.getInt("QUERY_LIMIT_DEFAULT", 100), settings.getInt("QUERY_LIMIT_MAX", -1));
    }

    /** The limit a query runs with: its own, or the default; {@code -1} (all) is capped by the maximum. */
    public int limitOf(Query query) {
        int requested = query.limit().orElse(maxLimit >= 0 ? Math.min(defaultLimit, maxLimit) : defaultLimit);
        if (requested < 0 && maxLimit >= 0) {
            return maxLimit;
        }
        return requested;
    }

    /** The offset a query runs with: {@code page} (1-based) wins over {@code offset}. */
    public int offsetOf(Query query, int limit) {
        if (query.page().isPresent() && query.page().get() > 0 && limit >= 0) {
            return limit * (query.page().get() - 1);
        }
        return query.offset().orElse(0);
    }
}
