package dev.ordo.platform.config;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import dev.ordo.api.http.RateLimiters;
import java.time.Duration;

/**
 * One of Directus's request rate limiters: {@code <PREFIX>_ENABLED}, {@code <PREFIX>_POINTS} requests per
 * {@code <PREFIX>_DURATION} (seconds, as in Directus, or a duration such as {@code 500ms} or {@code 1m}). Counts are
 * kept in memory ({@code RATE_LIMITER_STORE=memory}), so each Ordo instance limits on its own.
 */
public record RateLimitConfig(boolean enabled, int points, Duration duration) {

    public static final RateLimitConfig DISABLED = new RateLimitConfig(false, 1, Duration.ofSeconds(1));

    /** The per-IP limiter ({@code RATE_LIMITER_*}: off, 50 per second). */
    public static RateLimitConfig perIp(Settings settings) {
        return from(settings, "RATE_LIMITER", 50);
    }

    /** The limiter shared by every request ({@code RATE_LIMITER_GLOBAL_*}: off, 1000 per second). */
    public static RateLimitConfig global(Settings settings) {
        return from(settings, "RATE_LIMITER_GLOBAL", 1000);
    }

    private static RateLimitConfig from(Settings settings, String prefix, int defaultPoints) {
        return from(settings, prefix, new RateLimiters.Defaults(false, defaultPoints, Duration.ofSeconds(1)));
    }

    /** The limiter configured under {@code prefix}, with {@code defaults} for what is unset. */
    public static RateLimitConfig from(Settings settings, String prefix, RateLimiters.Defaults defaults) {
        checkStore(settings);
        if (!settings.getBoolean(prefix + "_ENABLED", defaults.enabled())) {
            return DISABLED;
        }
        int points = settings.getInt(prefix + "_POINTS", defaults.points());
        if (points < 1) {
            throw new InvalidSettingException(prefix + "_POINTS", "must be at least 1");
        }
        String name = prefix + "_DURATION";
        String text = settings.get(name, "").trim();
        // Directus gives the window in seconds; a bare number here means seconds too.
        Duration duration = text.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(text))
            : settings.getDuration(name, defaults.duration());
        if (duration.isZero()) {
            throw new InvalidSettingException(name, "must be longer than zero");
        }
        return new RateLimitConfig(true, points, duration);
    }

    private static void checkStore(Settings settings) {
        String store = settings.get("RATE_LIMITER_STORE", "memory").trim();
        if (!store.equals("memory")) {
            throw new InvalidSettingException("RATE_LIMITER_STORE",
                "must be memory: Ordo keeps rate limits in memory only (\"" + store + "\" is not supported yet)");
        }
    }
}
