package dev.ordo.plugins.data.cache;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The response cache's settings, named and defaulted as Directus's (PLATFORM.md §10.1).
 *
 * @param enabled             {@code CACHE_ENABLED}: keep read answers at all
 * @param ttl                 {@code CACHE_TTL}: how long an answer is kept
 * @param autoPurge           {@code CACHE_AUTO_PURGE}: every write empties the cache
 * @param autoPurgeIgnoreList {@code CACHE_AUTO_PURGE_IGNORE_LIST}: collections whose writes do not
 * @param sharedMaxAge        {@code CACHE_CONTROL_S_MAXAGE}: the {@code s-maxage} sent with kept answers, if any
 * @param skipAllowed         {@code CACHE_SKIP_ALLOWED}: a request's {@code Cache-Control: no-store} bypasses the cache
 * @param statusHeader        {@code CACHE_STATUS_HEADER}: a response header saying {@code HIT} or {@code MISS}
 * @param valueMaxSize        {@code CACHE_VALUE_MAX_SIZE}: larger answers (in bytes of JSON) are not kept
 */
public record CacheSettings(boolean enabled, Duration ttl, boolean autoPurge, Set<String> autoPurgeIgnoreList,
                            OptionalLong sharedMaxAge, boolean skipAllowed, Optional<String> statusHeader,
                            OptionalLong valueMaxSize) {

    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    public static final List<String> DEFAULT_IGNORE_LIST = List.of("directus_activity", "directus_presets");
    /** An HTTP header name (RFC 9110 token). */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public CacheSettings {
        Objects.requireNonNull(ttl, "ttl");
        autoPurgeIgnoreList = Set.copyOf(autoPurgeIgnoreList);
        Objects.requireNonNull(sharedMaxAge, "sharedMaxAge");
        Objects.requireNonNull(statusHeader, "statusHeader");
        Objects.requireNonNull(valueMaxSize, "valueMaxSize");
    }

    public static CacheSettings from(Settings settings) {
        List<String> ignored = settings.getList("CACHE_AUTO_PURGE_IGNORE_LIST");
        return new CacheSettings(settings.getBoolean("CACHE_ENABLED", false),
            settings.getDuration("CACHE_TTL", DEFAULT_TTL),
            settings.getBoolean("CACHE_AUTO_PURGE", false),
            Set.copyOf(settings.get("CACHE_AUTO_PURGE_IGNORE_LIST").isPresent() ? ignored : DEFAULT_IGNORE_LIST),
            sharedMaxAge(settings.get("CACHE_CONTROL_S_MAXAGE", "0")),
            settings.getBoolean("CACHE_SKIP_ALLOWED", false),
            statusHeader(settings.get("CACHE_STATUS_HEADER")),
            valueMaxSize(settings));
    }

    /** Directus sends {@code s-maxage} only for a whole number of seconds from zero up; {@code false} turns it off. */
    private static OptionalLong sharedMaxAge(String text) {
        String value = text.trim();
        if (value.equalsIgnoreCase("false")) {
            return OptionalLong.empty();
        }
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? OptionalLong.empty() : OptionalLong.of(seconds);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("CACHE_CONTROL_S_MAXAGE", "must be a whole number of seconds or false");
        }
    }

    private static Optional<String> statusHeader(Optional<String> name) {
        name.map(String::trim).filter(value -> !HEADER_NAME.matcher(value).matches()).ifPresent(value -> {
            throw new InvalidSettingException("CACHE_STATUS_HEADER",
                "must be an HTTP header name such as X-Cache-Status");
        });
        return name.map(String::trim);
    }

    private static OptionalLong valueMaxSize(Settings settings) {
        boolean unlimited = settings.get("CACHE_VALUE_MAX_SIZE", "false").trim().equalsIgnoreCase("false");
        return unlimited ? OptionalLong.empty() : OptionalLong.of(settings.getByteSize("CACHE_VALUE_MAX_SIZE", 0));
    }
}
