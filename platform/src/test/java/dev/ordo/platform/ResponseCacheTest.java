package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.field;
import static dev.ordo.platform.AccessFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.AccessFixtures.Permission;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The response cache as Directus runs it with {@code CACHE_ENABLED} and without auto-purge (PLATFORM.md §10.1):
 * what is kept, the headers that say so, and the changes that must never meet a kept answer. Callers are resolved on
 * every request ({@code ACCOUNTABILITY_CACHE_TTL=0}), so changes made in the database directly apply at once.
 */
class ResponseCacheTest extends IntegrationTest {

    private static final String STATUS = "X-Cache-Status";

    private AccessFixtures fixtures;
    private String admin;

    @Override
    protected Map<String, String> settings() {
        return Map.of("CACHE_ENABLED", "true", "CACHE_STATUS_HEADER", STATUS, "CACHE_SKIP_ALLOWED", "true",
            "ACCOUNTABILITY_CACHE_TTL", "0");
    }

    @Override
    protected void started() {
        fixtures = new AccessFixtures(ordo, database);
        admin = fixtures.adminToken();
    }

    @Test
    void aKeptAnswerSaysForHowLongAndToWhom() {
        String notes = notes("kept", "published", "draft");
        fixtures.grant(AccessFixtures.PUBLIC_POLICY, Permission.allow("read", notes, "*"));

        HttpResult first = ordo.get("/items/" + notes + "?sort=id", admin);
        HttpResult second = ordo.get("/items/" + notes + "?sort=id", admin);
        HttpResult anonymous = ordo.get("/items/" + notes + "?sort=id");

        assertThat(first.header(STATUS)).isEqualTo("MISS");
        assertThat(first.header("Cache-Control")).isEqualTo("private, max-age=300, s-maxage=0");
        assertThat(first.header("Vary")).isEqualTo("Origin, Cache-Control");
        assertThat(second.header(STATUS)).isEqualTo("HIT");
        assertThat(second.header("Cache-Control")).matches("private, max-age=(300|299), s-maxage=0");
        assertThat(second.data()).isEqualTo(first.data());
        assertThat(anonymous.header(STATUS)).isEqualTo("MISS");
        assertThat(anonymous.header("Cache-Control")).isEqualTo("public, max-age=300, s-maxage=0");
    }

    @Test
    void aPermissionChangeIsNeverAnsweredFromTheCache() {
        String notes = notes("permissions", "published", "draft");
        String policy = fixtures.policy("Readers of " + notes);
        fixtures.grant(policy, Permission.allow("read", notes, "*")
            .where(json("status", json("_eq", "published"))));
        String token = readerWith(policy);
        assertThat(titles(ordo.get("/items/" + notes + "?sort=id", token))).containsExactly("published");

        HttpResult permission = ordo.get("/permissions?fields=id&filter[policy][_eq]=" + policy, admin);
        String id = permission.data().get(0).path("id").asText();
        assertThat(ordo.send("PATCH", "/permissions/" + id, json("permissions", null), admin).status()).isEqualTo(200);

        HttpResult after = ordo.get("/items/" + notes + "?sort=id", token);
        assertThat(after.header(STATUS)).isEqualTo("MISS");
        assertThat(titles(after)).containsExactly("published", "draft");
    }

    @Test
    void aCallerWhoseRoleChangedNeverGetsTheAnswerOfTheOldRole() throws Exception {
        String notes = notes("roles", "published", "draft");
        String policy = fixtures.policy("Readers of " + notes);
        fixtures.grant(policy, Permission.allow("read", notes, "*"));
        String readers = fixtures.role("Readers of " + notes, null);
        fixtures.attach(policy, readers, null);
        String others = fixtures.role("Not readers of " + notes, null);
        fixtures.attach(fixtures.policy("Nothing to read"), others, null);
        String token = "cache-reader-" + UUID.randomUUID();
        String user = fixtures.user(readers, token);
        assertThat(titles(ordo.get("/items/" + notes, token))).hasSize(2);

        // In the database directly, so that no event tells the cache.
        execute("UPDATE directus_users SET role = '" + others + "' WHERE id = '" + user + "'");

        assertThat(ordo.get("/items/" + notes, token).errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void answersThatDependOnTheMomentAreNeverKept() {
        String notes = notes("moments", "published", "draft");
        String policy = fixtures.policy("Readers of " + notes);
        fixtures.grant(policy, Permission.allow("read", notes, "*")
            .where(json("publish_at", json("_lte", "$NOW"))));
        String token = readerWith(policy);

        HttpResult first = ordo.get("/items/" + notes, token);
        HttpResult second = ordo.get("/items/" + notes, token);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(second.header(STATUS)).isEqualTo("MISS");
    }

    @Test
    void aClientMayBypassTheCacheWhenTheSettingsAllowIt() throws Exception {
        String notes = notes("bypass", "published");
        assertThat(titles(ordo.get("/items/" + notes, admin))).containsExactly("published");
        execute("UPDATE " + notes + " SET title = 'changed'");
        assertThat(titles(ordo.get("/items/" + notes, admin))).as("kept").containsExactly("published");

        HttpResult bypassing = ordo.send(HttpRequest.newBuilder(ordo.uri("/items/" + notes))
            .header("Authorization", "Bearer " + admin).header("Cache-Control", "no-store").build());

        assertThat(bypassing.header(STATUS)).isEqualTo("MISS");
        assertThat(bypassing.header("Cache-Control")).isEqualTo("no-store");
        assertThat(titles(bypassing)).containsExactly("changed");
        HttpResult next = ordo.get("/items/" + notes, admin);
        assertThat(next.header(STATUS)).isEqualTo("HIT");
        assertThat(titles(next)).as("the fresh answer is kept").containsExactly("changed");
    }

    @Test
    void clearingTheSystemCacheAppliesPermissionsChangedInTheDatabase() throws Exception {
        String notes = notes("system", "published", "draft");
        String policy = fixtures.policy("Readers of " + notes);
        fixtures.grant(policy, Permission.allow("read", notes, "*")
            .where(json("status", json("_eq", "published"))));
        String token = readerWith(policy);
        assertThat(titles(ordo.get("/items/" + notes + "?sort=id", token))).containsExactly("published");

        execute("UPDATE directus_permissions SET permissions = NULL WHERE collection = '" + notes + "'");
        assertThat(ordo.send("POST", "/utils/cache/clear?system", null, admin).status()).isEqualTo(200);

        assertThat(titles(ordo.get("/items/" + notes + "?sort=id", token))).containsExactly("published", "draft");
    }

    @Test
    void schemaReadsAreKeptUntilTheSchemaChanges() {
        String notes = notes("schema", "first");
        for (String path : List.of("/collections", "/collections/" + notes, "/fields", "/fields/" + notes,
                "/fields/" + notes + "/title", "/relations", "/relations/" + notes)) {
            assertThat(read(path, admin).header(STATUS)).as(path).isEqualTo("MISS");
            assertThat(read(path, admin).header(STATUS)).as(path).isEqualTo("HIT");
        }

        assertThat(ordo.post("/fields/" + notes, json("field", "subtitle", "type", "string"), admin).status())
            .isEqualTo(200);

        HttpResult fields = read("/fields/" + notes, admin);
        assertThat(fields.header(STATUS)).isEqualTo("MISS");
        assertThat(fields.data().findValuesAsText("field")).contains("subtitle");
    }

    @Test
    void systemCollectionReadsAreKeptUntilAccessChanges() {
        String me = read("/users/me?fields=id,role", admin).data().path("id").asText();
        String role = read("/users/me?fields=id,role", admin).data().path("role").asText();
        for (String path : List.of("/users", "/users/" + me, "/users/me", "/roles", "/roles/" + role, "/roles/me",
                "/policies", "/policies/me/globals", "/access", "/permissions", "/permissions/me", "/activity",
                "/revisions")) {
            read(path, admin);
            assertThat(read(path, admin).header(STATUS)).as(path).isEqualTo("HIT");
        }

        assertThat(ordo.post("/roles", json("name", "Kept readers"), admin).status()).isEqualTo(200);

        HttpResult roles = read("/roles", admin);
        assertThat(roles.header(STATUS)).isEqualTo("MISS");
        assertThat(roles.data().findValuesAsText("name")).contains("Kept readers");
    }

    @Test
    void everyUserIsAnsweredWithTheirOwnUser() {
        String alice = "cache-alice-" + UUID.randomUUID();
        String aliceId = fixtures.user(null, alice);
        String bob = "cache-bob-" + UUID.randomUUID();
        String bobId = fixtures.user(null, bob);

        HttpResult first = read("/users/me?fields=id", alice);
        HttpResult again = read("/users/me?fields=id", alice);
        HttpResult other = read("/users/me?fields=id", bob);

        assertThat(first.data().path("id").asText()).isEqualTo(aliceId);
        assertThat(again.header(STATUS)).isEqualTo("HIT");
        assertThat(again.data().path("id").asText()).isEqualTo(aliceId);
        assertThat(other.header(STATUS)).isEqualTo("MISS");
        assertThat(other.data().path("id").asText()).isEqualTo(bobId);
    }

    @Test
    void changingOnesOwnUserIsReadAtOnce() {
        read("/users/me?fields=first_name", admin);
        assertThat(read("/users/me?fields=first_name", admin).header(STATUS)).isEqualTo("HIT");

        String name = "Kept " + UUID.randomUUID();
        assertThat(ordo.send("PATCH", "/users/me", json("first_name", name), admin).status()).isEqualTo(200);

        HttpResult after = read("/users/me?fields=first_name", admin);
        assertThat(after.header(STATUS)).isEqualTo("MISS");
        assertThat(after.data().path("first_name").asText()).isEqualTo(name);
    }

    @Test
    void aClientMayBypassTheCacheOfItsOwnUser() throws Exception {
        read("/users/me?fields=title", admin);
        execute("UPDATE directus_users SET title = 'bypassed' WHERE email = 'admin@example.com'");
        assertThat(read("/users/me?fields=title", admin).header(STATUS)).isEqualTo("HIT");

        HttpResult bypassing = ordo.send(HttpRequest.newBuilder(ordo.uri("/users/me?fields=title"))
            .header("Authorization", "Bearer " + admin).header("Cache-Control", "no-store").build());

        assertThat(bypassing.header(STATUS)).isEqualTo("MISS");
        assertThat(bypassing.header("Cache-Control")).isEqualTo("no-store");
        assertThat(bypassing.data().path("title").asText()).isEqualTo("bypassed");
    }

    /** Without CACHE_AUTO_PURGE, Directus keeps answers until they expire, whatever a login changed. */
    @Test
    void aLoginLeavesKeptAnswersWithoutAutoPurge() {
        read("/users/me?fields=last_access", admin);

        ordo.adminToken();

        assertThat(read("/users/me?fields=last_access", admin).header(STATUS)).isEqualTo("HIT");
    }

    /** The access check reads the update rules, whose $NOW makes the answer change by itself. */
    @Test
    void anAccessCheckThatDependsOnTheMomentIsNeverKept() {
        String notes = notes("access_moments", "published");
        String always = fixtures.policy("Updaters of " + notes);
        fixtures.grant(always, Permission.allow("update", notes, "*"));
        String fromNow = fixtures.policy("Updaters of " + notes + " from now on");
        fixtures.grant(fromNow, Permission.allow("update", notes, "*")
            .where(json("publish_at", json("_lte", "$NOW"))));
        String steady = readerWith(always);
        String moving = readerWith(fromNow);

        read("/permissions/me/" + notes + "/1", steady);
        HttpResult kept = read("/permissions/me/" + notes + "/1", steady);
        read("/permissions/me/" + notes + "/1", moving);
        HttpResult computed = read("/permissions/me/" + notes + "/1", moving);

        assertThat(kept.header(STATUS)).isEqualTo("HIT");
        assertThat(computed.header(STATUS)).isEqualTo("MISS");
        assertThat(computed.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(computed.data().path("update").path("access").asBoolean()).isTrue();
    }

    /** A read of one collection follows a relation into another, whose rule on the moment decides what is seen. */
    @Test
    void aRelatedCollectionsRuleOnTheMomentKeepsTheReadFresh() {
        fixtures.collection("moment_authors", field("name", "string"), field("publish_at", "dateTime"));
        fixtures.collection("moment_posts", field("title", "string"), field("author", "integer"));
        fixtures.relation("moment_posts", "author", "moment_authors", null);
        Integer author = fixtures.insert("moment_authors", json("name", "Ada", "publish_at", "2000-01-01T00:00:00"))
            .get(0);
        fixtures.insert("moment_posts", json("title", "first", "author", author));
        String policy = fixtures.policy("Readers of moment posts");
        fixtures.grant(policy, Permission.allow("read", "moment_posts", "*"));
        fixtures.grant(policy, Permission.allow("read", "moment_authors", "*")
            .where(json("publish_at", json("_lte", "$NOW"))));
        String token = readerWith(policy);

        HttpResult first = read("/items/moment_posts?fields=title,author.name", token);
        HttpResult second = read("/items/moment_posts?fields=title,author.name", token);

        assertThat(first.data().findValuesAsText("name")).containsExactly("Ada");
        assertThat(second.header(STATUS)).isEqualTo("MISS");
    }

    @Test
    void aQueryOnTheMomentIsNeverKept() {
        String notes = notes("query_moments", "published");

        read("/items/" + notes + "?filter[publish_at][_lte]=$NOW", admin);

        assertThat(read("/items/" + notes + "?filter[publish_at][_lte]=$NOW", admin).header(STATUS))
            .isEqualTo("MISS");
    }

    private HttpResult read(String path, String token) {
        HttpResult result = ordo.get(path, token);
        assertThat(result.status()).as(path + ": " + result.body()).isEqualTo(200);
        return result;
    }

    /** A collection of notes with these titles, also their status; the first published long ago. */
    private String notes(String name, String... titles) {
        String collection = "notes_" + name;
        fixtures.collection(collection, field("title", "string"), field("status", "string"),
            field("publish_at", "dateTime"));
        for (String title : titles) {
            fixtures.insert(collection, json("title", title, "status", title, "publish_at", "2000-01-01T00:00:00"));
        }
        return collection;
    }

    private String readerWith(String policy) {
        String token = "cache-reader-" + UUID.randomUUID();
        String user = fixtures.user(null, token);
        fixtures.attach(policy, null, user);
        return token;
    }

    private static List<String> titles(HttpResult result) {
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result.data().findValuesAsText("title");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
