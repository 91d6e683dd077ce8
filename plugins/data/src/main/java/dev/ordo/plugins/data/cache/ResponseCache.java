package dev.ordo.plugins.data.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.Registration;
import dev.ordo.api.event.Events;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.api.http.Router;
import dev.ordo.plugins.data.access.AccessRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The optional response cache of reads (PLATFORM.md §10.1, {@link CacheSettings}): GET answers are kept per caller,
 * path and query ({@link CacheKey}) for {@code CACHE_TTL}. With {@code CACHE_AUTO_PURGE} every write empties it,
 * except writes to the collections of {@code CACHE_AUTO_PURGE_IGNORE_LIST}; a change to access control, a schema
 * change and {@code POST /utils/cache/clear} always do.
 */
public final class ResponseCache {

    /**
     * Writes to these collections (as their events name them) may change what a caller may see under the same key,
     * through their role, policies or {@code $CURRENT_USER.<field>}: they empty the cache whatever
     * {@code CACHE_AUTO_PURGE} says (Directus leaves such answers until they expire).
     */
    private static final List<String> ACCESS_SCOPES = List.of("roles", "policies", "access", "permissions", "users");
    private static final List<String> ITEM_EVENTS = List.of("items.create", "items.update", "items.delete",
        "items.sort");
    private static final String SYSTEM_PREFIX = "directus_";
    private static final String NOW = "$NOW";
    private static final int MAXIMUM_ANSWERS = 10_000;

    private final CacheSettings settings;
    private final CacheControlHeader cacheControl;
    private final TimeDependentRules timeDependent;
    private final Clock clock;
    private final Cache<CacheKey, KeptAnswer> answers;
    /** Counts purges, so an answer computed while one happened is not kept after it. */
    private final AtomicLong purges = new AtomicLong();

    /** @param collections the names of every collection, whose permission rules decide whether answers are kept */
    public ResponseCache(CacheSettings settings, AccessRules rules, Supplier<? extends Collection<String>> collections,
                         Clock clock) {
        this.settings = settings;
        this.cacheControl = new CacheControlHeader(settings);
        this.timeDependent = new TimeDependentRules(rules, collections);
        this.clock = clock;
        this.answers = Caffeine.newBuilder().expireAfterWrite(settings.ttl()).maximumSize(MAXIMUM_ANSWERS).build();
    }

    /**
     * A router that answers every GET registered through it from this cache ({@link #read}), as Directus's
     * {@code respond} does for every read; routes of other methods pass through unchanged.
     */
    public Router readsThrough(Router router) {
        return (method, path, handler) -> router.route(method, path,
            method == HttpMethod.GET ? request -> read(request, handler) : handler);
    }

    /**
     * The kept answer to this read, or the freshly computed one, kept when it is a 200 JSON answer that does not
     * depend on the moment and is not too large.
     */
    public Response read(Request request, RouteHandler compute) throws Exception {
        if (!settings.enabled()) {
            return compute.handle(request);
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
        Response fresh = compute.handle(request);
        if (!keepable(fresh, request)) {
            return withStatus(fresh, "MISS");
        }
        answers.put(key, new KeptAnswer(fresh, clock.instant().plus(settings.ttl())));
        if (purges.get() != purgesBefore) {
            // A write may have landed while this answer was computed: it must not outlive the purge.
            answers.invalidate(key);
        }
        return withStatus(fresh.withHeader("Cache-Control", cacheControl.of(request, settings.ttl(), skipped)), "MISS");
    }

    /**
     * Purges after every write the items service announces: always after one to access control, per
     * {@code CACHE_AUTO_PURGE} and its ignore list after one to a user collection or another system collection.
     *
     * @param systemCollections the system collections, whose writes raise {@code <name without directus_>.<action>}
     */
    public List<Registration> purgeOnWrites(Events events, Collection<String> systemCollections) {
        List<Registration> registrations = new ArrayList<>(events.afterWritesTo(ACCESS_SCOPES, this::clear));
        for (String event : ITEM_EVENTS) {
            registrations.add(events.onAction(event,
                (meta, hook) -> purgeAfterWriteTo(String.valueOf(meta.get("collection")))));
        }
        for (String collection : systemCollections) {
            String scope = collection.startsWith(SYSTEM_PREFIX) ? collection.substring(SYSTEM_PREFIX.length())
                : collection;
            if (!ACCESS_SCOPES.contains(scope)) {
                registrations.addAll(events.afterWritesTo(List.of(scope), () -> purgeAfterWriteTo(collection)));
            }
        }
        return registrations;
    }

    /** After a write to {@code collection}: empties the cache when auto-purge is on and the collection not ignored. */
    public void purgeAfterWriteTo(String collection) {
        if (settings.autoPurge() && !settings.autoPurgeIgnoreList().contains(collection)) {
            clear();
        }
    }

    /** Empties the cache; also called after every change to access control and to the schema. */
    public void clear() {
        purges.incrementAndGet();
        timeDependent.forget();
        answers.invalidateAll();
    }

    private boolean keepable(Response fresh, Request request) {
        if (fresh.status() != 200 || !(fresh.body() instanceof Response.Body.Json json)) {
            return false;
        }
        if (settings.valueMaxSize().isPresent() && JsonSize.of(json.value()) > settings.valueMaxSize().getAsLong()) {
            return false;
        }
        return !asksForTheMoment(request) && !timeDependent.applyTo(request.accountability());
    }

    /** A query that filters with {@code $NOW} (Directus keeps its answer, which goes stale by itself). */
    private static boolean asksForTheMoment(Request request) {
        return request.queryParams().values().stream().flatMap(List::stream).anyMatch(value -> value.contains(NOW));
    }

    private Response withStatus(Response response, String status) {
        return settings.statusHeader().map(name -> response.withHeader(name, status)).orElse(response);
    }

    private record KeptAnswer(Response response, Instant expiresAt) {
    }
}
