package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.Permission.allow;
import static dev.ordo.platform.AccessFixtures.field;
import static dev.ordo.platform.AccessFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Updates and deletes by restricted callers (PLATFORM.md §2.6), over HTTP on every configured database: a write
 * touches only the items and fields the caller's permissions open, and one refused item refuses the whole request
 * with nothing changed. What is in the database afterwards is read with SQL, past the API.
 */
class UpdateAndDeletePermissionsTest extends IntegrationTest {

    private static final String OWNER = "owner-token";
    private static final String TWO_POLICIES = "two-policies-token";
    private static final String SOMEONE_ELSE = UUID.randomUUID().toString();

    private AccessFixtures fixtures;
    private String ownerId;
    private String twoPoliciesId;

    @Override
    protected void started() {
        fixtures = new AccessFixtures(ordo, database);
        fixtures.collection("wu_authors", field("name", "string"));
        fixtures.collection("wu_articles", field("title", "string"), field("status", "string"),
            field("owner", "string"), field("secret", "string"), field("rating", "integer"),
            field("author", "integer"));
        fixtures.relation("wu_articles", "author", "wu_authors", null);

        // Own articles: some fields, a rule, a preset; delete them; read every article; create (not update) authors.
        String owners = fixtures.role("Owners", null);
        String own = fixtures.policy("Own articles");
        fixtures.attach(own, owners, null);
        Map<String, Object> mine = json("owner", json("_eq", "$CURRENT_USER"));
        fixtures.grant(own, allow("update", "wu_articles", "title,rating,status,author").where(mine)
            .validating(json("rating", json("_gte", 0))).presetting(json("status", "edited")));
        fixtures.grant(own, allow("delete", "wu_articles", "*").where(mine));
        fixtures.grant(own, allow("read", "wu_articles", "*"));
        fixtures.grant(own, allow("create", "wu_authors", "name"));
        ownerId = fixtures.user(owners, OWNER);

        // Titles of drafts through the role, ratings of one's own through the user; nothing readable.
        String editors = fixtures.role("Editors", null);
        String titles = fixtures.policy("Titles of drafts");
        fixtures.attach(titles, editors, null);
        fixtures.grant(titles, allow("update", "wu_articles", "title").where(json("status", json("_eq", "draft"))));
        String ratings = fixtures.policy("Ratings of one's own");
        twoPoliciesId = fixtures.user(editors, TWO_POLICIES);
        fixtures.attach(ratings, null, twoPoliciesId);
        fixtures.grant(ratings, allow("update", "wu_articles", "rating").where(mine));
    }

    @Test
    void anOwnItemIsUpdatedWithTheUpdatePresetsAndAnotherUsersIsForbiddenAndUnchanged() {
        int own = article("U-own", ownerId);
        int other = article("U-other", SOMEONE_ELSE);

        HttpResult updated = fixtures.send("PATCH", "/items/wu_articles/" + own, json("title", "U-own, edited"), OWNER);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.data().path("title").asText()).isEqualTo("U-own, edited");
        assertThat(row(own)).containsEntry("title", "U-own, edited").containsEntry("status", "edited");

        ok(fixtures.send("PATCH", "/items/wu_articles/" + own, json("status", "final"), OWNER));
        assertThat(row(own)).containsEntry("status", "final");

        assertForbidden(fixtures.send("PATCH", "/items/wu_articles/" + other, json("title", "Taken"), OWNER));
        assertThat(row(other)).containsEntry("title", "U-other").containsEntry("status", "draft");
    }

    @Test
    void aFieldOutsideTheUpdatePermissionIsForbiddenAndUnchanged() {
        int own = article("F-own", ownerId);

        HttpResult result = fixtures.send("PATCH", "/items/wu_articles/" + own, json("title", "F", "secret", "x"), OWNER);

        assertForbidden(result);
        assertThat(result.json().path("errors").path(0).path("extensions").path("reason").asText())
            .contains("field \"secret\"");
        assertThat(row(own)).containsEntry("title", "F-own").containsEntry("secret", "S");
    }

    @Test
    void anUpdateBreakingTheValidationRuleFailsAndChangesNothing() {
        int own = article("V-own", ownerId);

        HttpResult result = fixtures.send("PATCH", "/items/wu_articles/" + own, json("title", "V", "rating", -1), OWNER);

        assertThat(result.status()).as(result.body()).isEqualTo(400);
        JsonNode extensions = result.json().path("errors").path(0).path("extensions");
        assertThat(extensions.path("code").asText()).isEqualTo("FAILED_VALIDATION");
        assertThat(extensions.path("field").asText()).isEqualTo("rating");
        assertThat(extensions.path("type").asText()).isEqualTo("gte");
        assertThat(extensions.path("valid").asInt()).isEqualTo(0);
        assertThat(row(own)).containsEntry("title", "V-own").containsEntry("rating", null);
    }

    /**
     * As in Directus, an update by keys, by query or as a batch checks every item it names (a query finds its items
     * without the caller's permissions first): one item the caller may not update refuses the whole request.
     */
    @Test
    void updatesOfManyItemsTouchOnlyPermittedItemsOrNone() {
        int ownA = article("Q-own-a", ownerId);
        int ownB = article("Q-own-b", ownerId);
        int other = article("Q-other", SOMEONE_ELSE);

        assertForbidden(fixtures.send("PATCH", "/items/wu_articles", json("keys", List.of(ownA, other), "data",
            json("rating", 5)), OWNER));
        assertForbidden(fixtures.send("PATCH", "/items/wu_articles", List.of(json("id", ownA, "rating", 1),
            json("id", other, "rating", 1)), OWNER));
        assertForbidden(fixtures.send("PATCH", "/items/wu_articles", json("query", json("filter",
            json("title", json("_starts_with", "Q-"))), "data", json("rating", 2)), OWNER));
        assertThat(ratings("Q-")).containsExactly(null, null, null);

        ok(fixtures.send("PATCH", "/items/wu_articles", json("keys", List.of(ownA, ownB), "data", json("rating", 3)),
            OWNER));
        assertThat(ratings("Q-")).containsExactly("3", "3", null);
        ok(fixtures.send("PATCH", "/items/wu_articles", json("query", json("filter",
            json("title", json("_starts_with", "Q-own"))), "data", json("rating", 4)), OWNER));
        assertThat(ratings("Q-")).containsExactly("4", "4", null);
        ok(fixtures.send("PATCH", "/items/wu_articles", List.of(json("id", ownA, "rating", 6),
            json("id", ownB, "rating", 7)), OWNER));
        assertThat(ratings("Q-")).containsExactly("6", "7", null);
    }

    @Test
    void anOwnItemIsDeletedAndAnotherUsersIsForbiddenAndKept() {
        int own = article("D-own", ownerId);
        int other = article("D-other", SOMEONE_ELSE);

        HttpResult deleted = fixtures.send("DELETE", "/items/wu_articles/" + own, null, OWNER);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertForbidden(fixtures.send("DELETE", "/items/wu_articles/" + other, null, OWNER));

        assertThat(titles("D-")).containsExactly("D-other");
    }

    @Test
    void deletingManyItemsWithOneNotPermittedDeletesNone() {
        int ownA = article("M-own-a", ownerId);
        int ownB = article("M-own-b", ownerId);
        int other = article("M-other", SOMEONE_ELSE);

        assertForbidden(fixtures.send("DELETE", "/items/wu_articles", List.of(ownA, other), OWNER));
        assertForbidden(fixtures.send("DELETE", "/items/wu_articles", json("keys", List.of(ownB, other)), OWNER));
        assertForbidden(fixtures.send("DELETE", "/items/wu_articles", json("query", json("filter",
            json("title", json("_starts_with", "M-")))), OWNER));
        assertThat(titles("M-")).containsExactly("M-other", "M-own-a", "M-own-b");

        HttpResult deleted = fixtures.send("DELETE", "/items/wu_articles", List.of(ownA, ownB), OWNER);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(titles("M-")).containsExactly("M-other");
    }

    /**
     * A key with no item behind it refuses a restricted caller's whole write, as one it may not touch does; an admin's
     * missing keys are skipped instead (Directus does not check an admin's keys): 204 for one, the items that exist
     * for many, and nothing else written, not even activity.
     */
    @Test
    void aMissingItemIsForbiddenToARestrictedCallerAndSkippedForAnAdmin() {
        int own = article("X-own", ownerId);
        int missing = own + 1000;
        String admin = fixtures.adminToken();
        String activity = "SELECT COUNT(*) FROM directus_activity WHERE collection = 'wu_articles' AND item = ?";

        assertForbidden(fixtures.send("PATCH", "/items/wu_articles/" + missing, json("title", "X"), OWNER));
        assertForbidden(fixtures.send("PATCH", "/items/wu_articles", json("keys", List.of(own, missing),
            "data", json("title", "X")), OWNER));
        assertForbidden(fixtures.send("DELETE", "/items/wu_articles", List.of(own, missing), OWNER));
        assertThat(row(own)).containsEntry("title", "X-own");

        assertNoContent(fixtures.send("PATCH", "/items/wu_articles/" + missing, json("title", "X"), admin));
        HttpResult many = fixtures.send("PATCH", "/items/wu_articles?fields=id,title", json("keys",
            List.of(own, missing), "data", json("title", "X-edited")), admin);
        ok(many);
        assertThat(many.data().toString()).isEqualTo("[{\"id\":" + own + ",\"title\":\"X-edited\"}]");
        assertNoContent(fixtures.send("DELETE", "/items/wu_articles/" + missing, null, admin));
        assertNoContent(fixtures.send("DELETE", "/items/wu_articles", json("keys", List.of(missing)), admin));
        assertThat(fixtures.column(activity, String.valueOf(missing))).containsExactly("0");

        assertNoContent(fixtures.send("DELETE", "/items/wu_articles", List.of(own, missing), admin));
        assertThat(titles("X-")).isEmpty();
    }

    /**
     * Two update permissions, one through the role and one the user's own, open different fields on different items.
     * As Directus checks the touched fields item by item (a field counts only on the items of a permission listing
     * it), each field may be changed only on the items its own permission opens. The caller may read nothing, so
     * every successful update answers 204.
     */
    @Test
    void twoPoliciesLetEachFieldChangeOnlyOnTheItemsItsPolicyOpens() {
        int draftOfOthers = article("T-draft-others", SOMEONE_ELSE);
        int publishedOwn = fixtures.insert("wu_articles", json("title", "T-published-own", "status", "published",
            "owner", twoPoliciesId)).get(0);
        int draftOwn = article("T-draft-own", twoPoliciesId);
        int publishedOfOthers = fixtures.insert("wu_articles", json("title", "T-published-others", "status",
            "published", "owner", SOMEONE_ELSE)).get(0);

        assertNoContent(fixtures.send("PATCH", "/items/wu_articles/" + draftOfOthers, json("title", "T1"),
            TWO_POLICIES));
        assertNoContent(fixtures.send("PATCH", "/items/wu_articles/" + publishedOwn, json("rating", 2), TWO_POLICIES));
        assertNoContent(fixtures.send("PATCH", "/items/wu_articles/" + draftOwn, json("title", "T3", "rating", 3),
            TWO_POLICIES));
        assertForbidden(fixtures.send("PATCH", "/items/wu_articles/" + draftOfOthers, json("rating", 1),
            TWO_POLICIES));
        assertForbidden(fixtures.send("PATCH", "/items/wu_articles/" + publishedOwn, json("title", "T2"),
            TWO_POLICIES));
        assertForbidden(fixtures.send("PATCH", "/items/wu_articles/" + publishedOfOthers, json("title", "T4"),
            TWO_POLICIES));
        assertForbidden(fixtures.send("PATCH", "/items/wu_articles", json("keys", List.of(draftOwn, publishedOwn),
            "data", json("title", "T5")), TWO_POLICIES));

        assertThat(row(draftOfOthers)).containsEntry("title", "T1").containsEntry("rating", null);
        assertThat(row(publishedOwn)).containsEntry("title", "T-published-own");
        assertThat(String.valueOf(row(publishedOwn).get("rating"))).isEqualTo("2");
        assertThat(row(draftOwn)).containsEntry("title", "T3");
        assertThat(String.valueOf(row(draftOwn).get("rating"))).isEqualTo("3");
        assertThat(row(publishedOfOthers)).containsEntry("title", "T-published-others");
    }

    @Test
    void aNestedManyToOneIsWrittenOnlyWhereTheCallerMayWriteTheRelatedCollection() {
        int own = article("N-own", ownerId);
        int existing = fixtures.insert("wu_authors", json("name", "Ada")).get(0);

        assertForbidden(fixtures.send("PATCH", "/items/wu_articles/" + own, json("title", "N-renamed", "author",
            json("id", existing, "name", "Renamed")), OWNER));
        assertThat(fixtures.column("SELECT name FROM wu_authors WHERE id = ?", existing)).containsExactly("Ada");
        assertThat(row(own)).containsEntry("title", "N-own").containsEntry("author", null);

        ok(fixtures.send("PATCH", "/items/wu_articles/" + own, json("author", json("name", "Fresh")), OWNER));
        List<String> fresh = fixtures.column("SELECT id FROM wu_authors WHERE name = 'Fresh'");
        assertThat(fresh).hasSize(1);
        assertThat(String.valueOf(row(own).get("author"))).isEqualTo(fresh.get(0));

        ok(fixtures.send("PATCH", "/items/wu_articles/" + own, json("author", existing), OWNER));
        assertThat(String.valueOf(row(own).get("author"))).isEqualTo(String.valueOf(existing));
    }

    /** A draft with secret {@code S}, created by the admin. */
    private int article(String title, String owner) {
        return fixtures.insert("wu_articles", json("title", title, "status", "draft", "owner", owner, "secret", "S"))
            .get(0);
    }

    private Map<String, Object> row(int id) {
        List<Map<String, Object>> rows = fixtures.rows(
            "SELECT title, status, secret, rating, author FROM wu_articles WHERE id = ?", id);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<String> ratings(String titlePrefix) {
        return fixtures.column("SELECT rating FROM wu_articles WHERE title LIKE ? ORDER BY id",
            titlePrefix + "%");
    }

    private List<String> titles(String titlePrefix) {
        return fixtures.column("SELECT title FROM wu_articles WHERE title LIKE ? ORDER BY title", titlePrefix + "%");
    }

    private static void ok(HttpResult result) {
        assertThat(result.status()).as(result.body()).isEqualTo(200);
    }

    private static void assertNoContent(HttpResult result) {
        assertThat(result.status()).as(result.body()).isEqualTo(204);
        assertThat(result.body()).isEmpty();
    }

    private static void assertForbidden(HttpResult result) {
        assertThat(result.status()).as(result.body()).isEqualTo(403);
        assertThat(result.errorCode()).isEqualTo("FORBIDDEN");
    }
}
