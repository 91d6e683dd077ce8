package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.field;
import static dev.ordo.platform.AccessFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The response cache with {@code CACHE_AUTO_PURGE}: writes empty it, except writes to the collections of
 * {@code CACHE_AUTO_PURGE_IGNORE_LIST}; answers larger than {@code CACHE_VALUE_MAX_SIZE} are never kept.
 */
class ResponseCacheAutoPurgeTest extends IntegrationTest {

    private static final String STATUS = "X-Cache-Status";

    private AccessFixtures fixtures;
    private String admin;

    @Override
    protected Map<String, String> settings() {
        return Map.of("CACHE_ENABLED", "true", "CACHE_STATUS_HEADER", STATUS, "CACHE_AUTO_PURGE", "true",
            "CACHE_AUTO_PURGE_IGNORE_LIST", "scratch", "CACHE_VALUE_MAX_SIZE", "1kb");
    }

    @Override
    protected void started() {
        fixtures = new AccessFixtures(ordo, database);
        admin = fixtures.adminToken();
        fixtures.collection("notes", field("title", "string"));
        fixtures.collection("scratch", field("title", "text"));
        fixtures.insert("notes", json("title", "first"));
    }

    @Test
    void writesEmptyTheCacheExceptToIgnoredCollections() {
        read("/items/notes");
        HttpResult kept = read("/items/notes");
        assertThat(kept.header(STATUS)).isEqualTo("HIT");
        assertThat(kept.header("Cache-Control")).as("any write may empty it").isEqualTo("no-cache");

        fixtures.insert("scratch", json("title", "ignored"));
        assertThat(read("/items/notes").header(STATUS)).isEqualTo("HIT");

        fixtures.insert("notes", json("title", "second"));
        assertThat(read("/items/notes").header(STATUS)).isEqualTo("MISS");
    }

    @Test
    void answersLargerThanTheLimitAreNotKept() {
        fixtures.insert("scratch", json("title", "x".repeat(2000)));

        read("/items/scratch");
        HttpResult again = read("/items/scratch");

        assertThat(again.header(STATUS)).isEqualTo("MISS");
        assertThat(again.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void aLoginEmptiesTheCacheItsLastAccessMakesStale() {
        read("/users/me?fields=last_access");
        assertThat(read("/users/me?fields=last_access").header(STATUS)).isEqualTo("HIT");

        ordo.adminToken();

        assertThat(read("/users/me?fields=last_access").header(STATUS)).isEqualTo("MISS");
    }

    @Test
    void anItemWriteEmptiesTheActivityItWrote() {
        String latest = "/activity?sort=-id&limit=1&fields=collection,action";
        read(latest);
        assertThat(read(latest).header(STATUS)).isEqualTo("HIT");

        fixtures.insert("notes", json("title", "tracked"));

        HttpResult after = read(latest);
        assertThat(after.header(STATUS)).isEqualTo("MISS");
        assertThat(after.data().get(0).path("collection").asText()).isEqualTo("notes");
        assertThat(after.data().get(0).path("action").asText()).isEqualTo("create");
    }

    @Test
    void aWriteToAnIgnoredCollectionLeavesSystemReadsKept() {
        read("/users/me?fields=id");

        fixtures.insert("scratch", json("title", "ignored"));

        assertThat(read("/users/me?fields=id").header(STATUS)).isEqualTo("HIT");
    }

    private HttpResult read(String path) {
        HttpResult result = ordo.get(path, admin);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result;
    }
}
