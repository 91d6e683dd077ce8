package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.Permission.allow;
import static dev.ordo.platform.AccessFixtures.field;
import static dev.ordo.platform.AccessFixtures.json;
import static dev.ordo.platform.AccessFixtures.validatedField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Creates by restricted callers (PLATFORM.md §2.6), over HTTP on every configured database: each request writes
 * exactly what the caller's create permissions allow (fields, presets, validation, nested items), and a refused
 * request writes nothing. What was written is read back with SQL, past the API.
 */
class CreatePermissionsTest extends IntegrationTest {

    private static final String WRITER = "writer-token";
    private static final String COMBINED = "combined-token";

    private AccessFixtures fixtures;
    private String writerId;
    private String writerRole;

    @Override
    protected void started() {
        fixtures = new AccessFixtures(ordo, database);
        createSchema();

        // Some fields of articles, with presets and a rule; authors (nested), no comments; articles readable.
        writerRole = fixtures.role("Writers", null);
        String writing = fixtures.policy("Writing");
        fixtures.attach(writing, writerRole, null);
        fixtures.grant(writing, allow("create", "wc_articles", "title,body,rating,status,author,comments")
            .presetting(json("status", "draft", "owner", "$CURRENT_USER", "created_role", "$CURRENT_ROLE",
                "created_on", "$NOW"))
            .validating(json("_and", List.of(json("rating", json("_lte", 5)),
                json("body", json("_regex", "^[^<]*$"))))));
        fixtures.grant(writing, allow("read", "wc_articles", "*"));
        fixtures.grant(writing, allow("create", "wc_authors", "name"));
        writerId = fixtures.user(writerRole, WRITER);

        // A child role inheriting its parent's policy, and a policy of the user's own on top.
        String parent = fixtures.role("Editors", null);
        String child = fixtures.role("Junior editors", parent);
        String fromRole = fixtures.policy("Bodies, from the role");
        fixtures.attach(fromRole, parent, null);
        fixtures.grant(fromRole, allow("create", "wc_articles", "title,body")
            .presetting(json("status", "from-role", "secret", "role-secret")));
        fixtures.grant(fromRole, allow("create", "wc_comments", "text,article"));
        String fromUser = fixtures.policy("Ratings, the user's own");
        String combinedId = fixtures.user(child, COMBINED);
        fixtures.attach(fromUser, null, combinedId);
        fixtures.grant(fromUser, allow("create", "wc_articles", "title,rating,comments")
            .presetting(json("status", "from-user"))
            .validating(json("rating", json("_gte", 1))));

        // Anonymous callers may leave comments, and read nothing back.
        fixtures.grant(AccessFixtures.PUBLIC_POLICY, allow("create", "wc_comments", "text"));
    }

    @Test
    void allowedFieldsAreWrittenWithThePresetsUnderThemAndTheirVariablesResolved() {
        Instant before = Instant.now().minusSeconds(1);
        HttpResult result = fixtures.send("POST", "/items/wc_articles?fields=id,title,status,owner", json("title",
            "Alpha", "body", "First", "rating", 3), WRITER);
        Instant after = Instant.now().plusSeconds(1);

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.data().path("title").asText()).isEqualTo("Alpha");
        List<Map<String, Object>> rows = fixtures.rows(
            "SELECT body, rating, status, owner, created_role, secret FROM wc_articles WHERE title = 'Alpha'");
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("body")).isEqualTo("First");
        assertThat(((Number) row.get("rating")).intValue()).isEqualTo(3);
        assertThat(row.get("status")).isEqualTo("draft");
        assertThat(row.get("owner")).isEqualTo(writerId);
        assertThat(row.get("created_role")).isEqualTo(writerRole);
        assertThat(row.get("secret")).isNull();
        Instant createdOn = Instant.parse(adminRead("/items/wc_articles/" + result.data().path("id").asInt()
            + "?fields=created_on").path("created_on").asText());
        assertThat(createdOn).isBetween(before, after);
    }

    @Test
    void theBodyWinsOverAPreset() {
        created(WRITER, json("title", "Beta", "status", "review"));

        assertThat(fixtures.column("SELECT status FROM wc_articles WHERE title = 'Beta'")).containsExactly("review");
    }

    @Test
    void aFieldOutsideThePermissionIsForbiddenAndNothingIsWritten() {
        HttpResult result = fixtures.send("POST", "/items/wc_articles", json("title", "Gamma", "secret", "S"), WRITER);

        assertForbidden(result, "field \"secret\"");
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title = 'Gamma'")).isEmpty();
    }

    @Test
    void aPermissionRuleTheItemBreaksFailsValidationAndNothingIsWritten() {
        HttpResult result = fixtures.send("POST", "/items/wc_articles", json("title", "Delta", "rating", 9), WRITER);

        assertThat(result.status()).as(result.body()).isEqualTo(400);
        assertThat(result.json().path("errors").size()).isEqualTo(1);
        assertFailure(result, 0, "rating", "lte", "\"valid\":5", "Validation failed for field \"rating\". "
            + "Value has to be less than or equal to \"5\".");
        HttpResult markup = fixtures.send("POST", "/items/wc_articles", json("title", "Delta", "body", "<b>"), WRITER);
        assertThat(markup.status()).as(markup.body()).isEqualTo(400);
        assertFailure(markup, 0, "body", "regex", "\"invalid\":\"<b>\"", null);
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title = 'Delta'")).isEmpty();
    }

    @Test
    void aFieldsOwnRuleFailsValidationAndEveryBrokenRuleIsReported() {
        HttpResult result = fixtures.send("POST", "/items/wc_articles", json("title", "epsilon", "rating", 6), WRITER);

        assertThat(result.status()).as(result.body()).isEqualTo(400);
        assertThat(result.json().path("errors").size()).isEqualTo(2);
        assertFailure(result, 0, "title", "regex", "\"invalid\":\"epsilon\"",
            "Validation failed for field \"title\". Value doesn't have the correct format.");
        assertFailure(result, 1, "rating", "lte", "\"valid\":5", null);
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title = 'epsilon'")).isEmpty();
    }

    @Test
    void aBatchWithOneInvalidItemWritesNone() {
        HttpResult result = fixtures.send("POST", "/items/wc_articles", List.of(json("title", "Zeta1", "rating", 1),
            json("title", "Zeta2", "rating", 7)), WRITER);

        assertThat(result.status()).as(result.body()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("FAILED_VALIDATION");
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title LIKE 'Zeta%'")).isEmpty();
    }

    @Test
    void aNestedItemInACollectionTheCallerMayNotCreateInRollsBackTheWholeWrite() {
        HttpResult result = fixtures.send("POST", "/items/wc_articles", json("title", "Eta",
            "author", json("name", "Ghost"), "comments", List.of(json("text", "boo"))), WRITER);

        assertForbidden(result, "collection \"wc_comments\"");
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title = 'Eta'")).isEmpty();
        assertThat(fixtures.column("SELECT id FROM wc_authors WHERE name = 'Ghost'")).isEmpty();
        assertThat(fixtures.column("SELECT id FROM wc_comments WHERE text = 'boo'")).isEmpty();
    }

    @Test
    void aNestedItemTheCallerMayCreateIsWrittenAndLinked() {
        created(WRITER, json("title", "Theta", "author", json("name", "Newcomer")));

        List<String> author = fixtures.column("SELECT id FROM wc_authors WHERE name = 'Newcomer'");
        assertThat(author).hasSize(1);
        assertThat(fixtures.column("SELECT author FROM wc_articles WHERE title = 'Theta'")).containsExactly(author.get(0));
    }

    @Test
    void aNestedItemIsCheckedAgainstItsOwnCollectionsFields() {
        HttpResult result = fixtures.send("POST", "/items/wc_articles", json("title", "Iota",
            "author", json("name", "Spy", "email", "spy@example.com")), WRITER);

        assertForbidden(result, "field \"email\" in collection \"wc_authors\"");
        assertThat(fixtures.column("SELECT id FROM wc_authors WHERE name = 'Spy'")).isEmpty();
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title = 'Iota'")).isEmpty();
    }

    /**
     * Directus combines the policies of the role chain and the user's own: the fields are the union of every create
     * permission's (so one item may use fields from both), every permission's validation applies, and presets merge
     * in policy order (parent role, child role, user), a later policy winning.
     */
    @Test
    void fieldsOfAnInheritedPolicyAndOfTheUsersOwnPolicyCombine() {
        created(COMBINED, json("title", "Kappa1", "body", "from the role's fields"));
        created(COMBINED, json("title", "Kappa2", "rating", 4));
        created(COMBINED, json("title", "Kappa3", "body", "both", "rating", 2, "comments",
            List.of(json("text", "nested, from the role's comments"))));

        assertThat(fixtures.column("SELECT rating FROM wc_articles WHERE title LIKE 'Kappa%' ORDER BY title"))
            .containsExactly(null, "4", "2");
        assertThat(fixtures.column("SELECT DISTINCT status FROM wc_articles WHERE title LIKE 'Kappa%'"))
            .containsExactly("from-user");
        assertThat(fixtures.column("SELECT DISTINCT secret FROM wc_articles WHERE title LIKE 'Kappa%'"))
            .containsExactly("role-secret");
        assertThat(fixtures.column("SELECT a.title FROM wc_comments c JOIN wc_articles a ON a.id = c.article "
            + "WHERE c.text = 'nested, from the role''s comments'")).containsExactly("Kappa3");

        assertForbidden(fixtures.send("POST", "/items/wc_articles", json("title", "Kappa4", "status", "x"), COMBINED),
            "field \"status\"");
        HttpResult invalid = fixtures.send("POST", "/items/wc_articles", json("title", "Kappa5", "rating", 0), COMBINED);
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
        assertFailure(invalid, 0, "rating", "gte", "\"valid\":1", null);
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title IN ('Kappa4', 'Kappa5')")).isEmpty();
    }

    @Test
    void anItemTheCallerCannotReadBackAnswers204() {
        HttpResult result = fixtures.send("POST", "/items/wc_authors", json("name", "Unseen"), WRITER);

        assertThat(result.status()).as(result.body()).isEqualTo(204);
        assertThat(result.body()).isEmpty();
        assertThat(fixtures.column("SELECT name FROM wc_authors WHERE name = 'Unseen'")).containsExactly("Unseen");
    }

    @Test
    void anonymousCallersCreateWhatThePublicPolicyAllowsAndNothingElse() {
        HttpResult comment = fixtures.send("POST", "/items/wc_comments", json("text", "Hello from nowhere"), null);
        assertThat(comment.status()).as(comment.body()).isEqualTo(204);
        assertThat(fixtures.column("SELECT text FROM wc_comments WHERE text = 'Hello from nowhere'")).hasSize(1);

        assertForbidden(fixtures.send("POST", "/items/wc_comments", json("text", "Linked", "article", 1), null),
            "field \"article\"");
        assertForbidden(fixtures.send("POST", "/items/wc_articles", json("title", "Lambda"), null),
            "collection \"wc_articles\"");
        assertThat(fixtures.column("SELECT id FROM wc_comments WHERE text = 'Linked'")).isEmpty();
        assertThat(fixtures.column("SELECT id FROM wc_articles WHERE title = 'Lambda'")).isEmpty();
    }

    private void createSchema() {
        fixtures.collection("wc_authors", field("name", "string"), field("email", "string"));
        fixtures.collection("wc_articles",
            validatedField("title", "string", json("_and", List.of(json("title", json("_regex", "^[A-Z]"))))),
            field("body", "text"), field("status", "string"), field("owner", "string"),
            field("created_role", "string"), field("created_on", "timestamp"), field("rating", "integer"),
            field("secret", "string"), field("author", "integer"));
        fixtures.collection("wc_comments", field("article", "integer"), field("text", "string"));
        fixtures.relation("wc_articles", "author", "wc_authors", null);
        fixtures.relation("wc_comments", "article", "wc_articles", "comments");
    }

    private void created(String token, Map<String, Object> item) {
        HttpResult result = fixtures.send("POST", "/items/wc_articles", item, token);
        assertThat(result.status()).as(result.body()).isIn(200, 204);
    }

    private JsonNode adminRead(String path) {
        HttpResult result = fixtures.send("GET", path, null, fixtures.adminToken());
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result.data();
    }

    private static void assertForbidden(HttpResult result, String reason) {
        assertThat(result.status()).as(result.body()).isEqualTo(403);
        assertThat(result.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(result.json().path("errors").path(0).path("extensions").path("reason").asText()).contains(reason);
    }

    /** The {@code index}th error: FAILED_VALIDATION on {@code field} for {@code type}, with the expected value. */
    private static void assertFailure(HttpResult result, int index, String field, String type, String expected,
                                      String message) {
        JsonNode error = result.json().path("errors").path(index);
        JsonNode extensions = error.path("extensions");
        assertThat(extensions.path("code").asText()).as(result.body()).isEqualTo("FAILED_VALIDATION");
        assertThat(extensions.path("field").asText()).as(result.body()).isEqualTo(field);
        assertThat(extensions.path("type").asText()).as(result.body()).isEqualTo(type);
        assertThat(extensions.toString()).contains(expected);
        if (message != null) {
            assertThat(error.path("message").asText()).isEqualTo(message);
        }
    }
}
