package dev.ordo.plugins.data.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.config.Settings;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The optional response cache of item reads (PLATFORM.md §10.1): {@code CACHE_ENABLED} (off by default) keeps GET
 * answers per caller, path and query for {@code CACHE_TTL} (5 minutes); with {@code CACHE_AUTO_PURGE} every write
 * through the items service empties it, and {@code POST /utils/cache/clear} always does.
 */
public final class ResponseCache {

    private final boolean enabled;
    private final boolean autoPurge;
    private final Duration ttl;
    private final Cache<String, Response> entries;

    private ResponseCache(boolean enabled, boolean autoPurge, Duration ttl) {
        this.enabled = enabled;
        this.autoPurge = autoPurge;
        this.ttl = ttl;
        this.entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    public static ResponseCache from(Settings settings) {
        return new ResponseCache(settings.getBoolean("CACHE_ENABLED", false),
            settings.getBoolean("CACHE_AUTO_PURGE", false), settings.getDuration("CACHE_TTL", Duration.ofMinutes(5)));
    }

    /** The cached answer to this read, or the freshly computed one (kept when it is a 200 JSON answer). */
    Response read(Request request, Supplier<Response> compute) {
        if (!enabled) {
            return compute.get();
        }
        String key = request.accountability().user().orElse("public") + " " + request.path() + "?" + request.queryString();
        Response cached = entries.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Response fresh = compute.get();
        if (fresh.status() == 200 && fresh.body() instanceof Response.Body.Json) {
            Response cacheable = fresh.withHeader("Cache-Control", autoPurge ? "no-cache"
                : (request.accountability().role().isPresent() ? "private" : "public") + ", max-age=" + ttl.toSeconds());
            entries.put(key, cacheable);
            return cacheable;
        }
        return fresh;
    }

    /** After a write: empties the cache when auto-purge is on. */
    public void purgeAfterWrite() {
        if (autoPurge) {
            entries.invalidateAll();
        }
    }

    public void clear() {
        entries.invalidateAll();
    }
}
