package dev.ordo.plugins.data.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.plugins.data.access.AccessRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The optional response cache of reads (PLATFORM.md §10.1, {@link CacheSettings}): GET answers are kept per caller,
 * path and query ({@link CacheKey}) for {@code CACHE_TTL}. With {@code CACHE_AUTO_PURGE} every write empties it,
 * except writes to the collections of {@code CACHE_AUTO_PURGE_IGNORE_LIST}; a change to access control, a schema
 * change and {@code POST /utils/cache/clear} always do.
 */
public final class ResponseCache {

    private static final int MAXIMUM_ANSWERS = 10_000;

    private final CacheSettings settings;
    private final CacheControlHeader cacheControl;
    private final TimeDependentRules timeDependent;
    private final Clock clock;
    private final Cache<CacheKey, KeptAnswer> answers;
    /** Counts purges, so an answer computed while one happened is not kept after it. */
    private final AtomicLong purges = new AtomicLong();

    public ResponseCache(CacheSettings settings, AccessRules rules, Clock clock) {
        this.settings = settings;
        this.cacheControl = new CacheControlHeader(settings);
        this.timeDependent = new TimeDependentRules(rules);
        this.clock = clock;
        this.answers = Caffeine.newBuilder().expireAfterWrite(settings.ttl()).maximumSize(MAXIMUM_ANSWERS).build();
    }

    /**
     * The kept answer to this read, or the freshly computed one, kept when it is a 200 JSON answer that does not
     * depend on the moment and is not too large.
     *
     * @param collection the collection read, whose read permissions decide whether the answer may be kept
     */
    public Response read(Request request, Optional<String> collection, Supplier<Response> compute) {
        if (!settings.enabled()) {
            return compute.get();
        }
        boolean skipped = settings.skipAllowed()
            && request.header("Cache-Control").map(value -> value.contains("no-store")).orElse(false);
        CacheKey key = CacheKey.of(request);
        KeptAnswer kept = skipped ? null : answers.getIfPresent(key);
        if (kept != null) {
            Duration left = Duration.between(clock.instant(), kept.expiresAt());
            Response answer = kept.response().withHeader("Cache-Control", cacheControl.of(request, left, false));
            return withStatus(answer, "HIT");
        }
        long purgesBefore = purges.get();
        Response fresh = compute.get();
        if (!keepable(fresh, request, collection)) {
            return withStatus(fresh, "MISS");
        }
        answers.put(key, new KeptAnswer(fresh, clock.instant().plus(settings.ttl())));
        if (purges.get() != purgesBefore) {
            // A write may have landed while this answer was computed: it must not outlive the purge.
            answers.invalidate(key);
        }
        return withStatus(fresh.withHeader("Cache-Control", cacheControl.of(request, settings.ttl(), skipped)), "MISS");
    }

    /** After a write to {@code collection}: empties the cache when auto-purge is on and the collection not ignored. */
    public void purgeAfterWriteTo(String collection) {
        if (settings.autoPurge() && !settings.autoPurgeIgnoreList().contains(collection)) {
            clear();
        }
    }

    public void clear() {
        purges.incrementAndGet();
        answers.invalidateAll();
    }

    private boolean keepable(Response fresh, Request request, Optional<String> collection) {
        if (fresh.status() != 200 || !(fresh.body() instanceof Response.Body.Json json)) {
            return false;
        }
        if (settings.valueMaxSize().isPresent() && JsonSize.of(json.value()) > settings.valueMaxSize().getAsLong()) {
            return false;
        }
        return collection.map(name -> !timeDependent.applyTo(request.accountability(), name)).orElse(true);
    }

    private Response withStatus(Response response, String status) {
        return settings.statusHeader().map(name -> response.withHeader(name, status)).orElse(response);
    }

    private record KeptAnswer(Response response, Instant expiresAt) {
    }
}
