package dev.ordo.plugins.data.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.event.EventContext;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Response;
import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.AdminOnlyAccessRules;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.access.Grant;
import dev.ordo.plugins.data.testing.Callers;
import dev.ordo.plugins.data.testing.MapSettings;
import dev.ordo.plugins.data.testing.RecordingEvents;
import dev.ordo.plugins.data.testing.RecordingRouter;
import dev.ordo.plugins.data.testing.TestRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private final ResponseCache cache = cache(Map.of("CACHE_ENABLED", "true"), new AdminOnlyAccessRules());
    private final TestRequest request = new TestRequest(HttpMethod.GET, "/items/articles", Map.of(), Callers.ADMIN);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void anAnswerComputedWhileTheCacheWasEmptiedIsNotKept() throws Exception {
        cache.read(request, ignored -> {
            cache.clear();
            return answer();
        });

        cache.read(request, ignored -> answer());

        assertThat(computed).hasValue(2);
    }

    @Test
    void anAnswerIsKeptPerCaller() throws Exception {
        cache.read(request, ignored -> answer());
        cache.read(request, ignored -> answer());
        cache.read(new TestRequest(HttpMethod.GET, "/items/articles", Map.of(), Callers.EDITOR),
            ignored -> answer());

        assertThat(computed).hasValue(2);
    }

    @Test
    void aRouterReadingThroughTheCacheKeepsEveryGetAndNothingElse() throws Exception {
        RecordingRouter routes = new RecordingRouter();
        cache.readsThrough(routes).get("/users/me", ignored -> answer());
        cache.readsThrough(routes).post("/users", ignored -> answer());

        routes.get("/users/me", Callers.ADMIN);
        routes.get("/users/me", Callers.ADMIN);

        assertThat(computed).hasValue(1);
        assertThat(routes.registered()).containsExactly("GET /users/me", "POST /users");
    }

    /** A relational read of articles may reach the authors; an access check reads the update rules. */
    @Test
    void aCallerWithAnyRuleOnTheMomentGetsNothingKept() throws Exception {
        Grant onTheMoment = new Grant(Set.of("*"),
            Optional.of(new Filter.Condition("published_at", "_lte", "$NOW(-1 day)")), Optional.empty(), Map.of());

        readTwiceAsEditor("/items/articles", onlyRule("authors", Action.UPDATE, onTheMoment));

        assertThat(computed).hasValue(2);
    }

    /** {@code /permissions/me} shows a preset of {@code $NOW} as the moment it answers. */
    @Test
    void aCallerWithAPresetOfTheMomentGetsNothingKept() throws Exception {
        Grant presetNow = new Grant(Set.of("*"), Optional.empty(), Optional.empty(), Map.of("published_on", "$NOW"));

        readTwiceAsEditor("/permissions/me", onlyRule("articles", Action.CREATE, presetNow));

        assertThat(computed).hasValue(2);
    }

    /** Rules are looked at once per policy set, and again once the cache was emptied (permissions may have changed). */
    @Test
    void whetherRulesDependOnTheMomentIsLookedUpOncePerPolicySetUntilTheCacheIsEmptied() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        AccessRules rules = (caller, collection, action) -> {
            lookups.incrementAndGet();
            return Optional.of(CollectionRules.EVERYTHING);
        };
        ResponseCache counted = cache(Map.of("CACHE_ENABLED", "true"), rules);
        TestRequest editor = new TestRequest(HttpMethod.GET, "/items/articles", Map.of(), Callers.EDITOR);
        TestRequest otherPage = new TestRequest(HttpMethod.GET, "/items/authors", Map.of(), Callers.EDITOR);

        counted.read(editor, ignored -> answer());
        int oneLook = lookups.get();
        counted.read(otherPage, ignored -> answer());
        assertThat(lookups).as("a second miss of the same policies").hasValue(oneLook);

        counted.clear();
        counted.read(editor, ignored -> answer());
        assertThat(lookups).hasValue(2 * oneLook);
        assertThat(oneLook).isPositive();
    }

    @Test
    void writesToSystemCollectionsPurgeAsWritesToAnyOther() throws Exception {
        RecordingEvents events = new RecordingEvents();
        ResponseCache purging = cache(Map.of("CACHE_ENABLED", "true", "CACHE_AUTO_PURGE", "true"),
            new AdminOnlyAccessRules());
        purging.purgeOnWrites(events, List.of("directus_files", "directus_presets", "directus_users"));

        purging.read(request, ignored -> answer());
        events.action("presets.update", Map.of("collection", "directus_presets"), system());
        purging.read(request, ignored -> answer());
        assertThat(computed).as("directus_presets is on the default ignore list").hasValue(1);

        events.action("files.update", Map.of("collection", "directus_files"), system());
        purging.read(request, ignored -> answer());
        assertThat(computed).hasValue(2);
    }

    @Test
    void aChangeToUsersEmptiesTheCacheEvenWithoutAutoPurge() throws Exception {
        RecordingEvents events = new RecordingEvents();
        cache.purgeOnWrites(events, List.of("directus_users", "directus_files"));

        cache.read(request, ignored -> answer());
        events.action("files.update", Map.of("collection", "directus_files"), system());
        cache.read(request, ignored -> answer());
        assertThat(computed).as("without auto-purge a data write leaves kept answers").hasValue(1);

        events.action("users.update", Map.of("collection", "directus_users"), system());
        cache.read(request, ignored -> answer());
        assertThat(computed).hasValue(2);
    }

    /** Everything allowed, but {@code action} on {@code collection} only by {@code grant}. */
    private static AccessRules onlyRule(String collection, Action action, Grant grant) {
        return (caller, name, asked) -> name.equals(collection) && asked == action
            ? Optional.of(new CollectionRules(List.of(grant))) : Optional.of(CollectionRules.EVERYTHING);
    }

    /** Reads {@code path} twice as an editor through a cache that answers with {@code rules}. */
    private void readTwiceAsEditor(String path, AccessRules rules) throws Exception {
        ResponseCache guarded = cache(Map.of("CACHE_ENABLED", "true"), rules);
        TestRequest editor = new TestRequest(HttpMethod.GET, path, Map.of(), Callers.EDITOR);
        guarded.read(editor, ignored -> answer());
        guarded.read(editor, ignored -> answer());
    }

    private static ResponseCache cache(Map<String, String> settings, AccessRules rules) {
        return new ResponseCache(CacheSettings.from(new MapSettings(settings)), rules,
            () -> List.of("articles", "authors"), Clock.systemUTC());
    }

    private static EventContext system() {
        return new EventContext(Accountability.system());
    }

    private Response answer() {
        return Response.data(Map.of("answer", computed.incrementAndGet()));
    }
}
