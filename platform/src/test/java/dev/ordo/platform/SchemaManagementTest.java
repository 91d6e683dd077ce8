package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /collections}, {@code /fields} and {@code /relations} writes over HTTP, on every configured database: the
 * tables, columns and constraints they make, the metadata they write and read back, and the errors they answer.
 */
class SchemaManagementTest extends IntegrationTest {

    private String token;

    @Override
    protected void started() {
        token = ordo.adminToken();
    }

    private HttpResult send(String method, String path, Object body) {
        return ordo.send(method, path, body, token);
    }

    private JsonNode ok(String method, String path, Object body) {
        HttpResult result = send(method, path, body);
        assertThat(result.status()).as(method + " " + path + ": " + result.body()).isEqualTo(200);
        return result.data();
    }

    private static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * Tables with rows made before Ordo starts, the same on every database. Rows are only read or written directly
     * on PostgreSQL and MariaDB while Ordo runs: on SQLite the test's own copy of the driver would share the file
     * with the plugin's copy, which SQLite does not support (the data plugin's tests cover SQLite's rows).
     */
    @Override
    protected void prepare(TestDatabase fresh) throws SQLException {
        try (Connection connection = fresh.connect(); Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                "CREATE TABLE sm_people (id integer NOT NULL PRIMARY KEY, name varchar(100), grade varchar(10),"
                    + " nickname varchar(20), score varchar(10))",
                "INSERT INTO sm_people VALUES (1, 'Ada', '1', 'ada', '10')",
                "INSERT INTO sm_people VALUES (2, NULL, '1', 'grace', '20')",
                "CREATE TABLE sm_authors (id integer NOT NULL PRIMARY KEY)",
                "CREATE TABLE sm_posts (id integer NOT NULL PRIMARY KEY, author integer, editor integer)",
                "INSERT INTO sm_authors VALUES (1)",
                "INSERT INTO sm_posts VALUES (1, 1, 1)",
                "INSERT INTO sm_posts VALUES (2, 99, 1)")) {
                statement.execute(sql);
            }
        }
    }

    private boolean directAccess() {
        return vendor != TestVendor.SQLITE;
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void aCollectionIsCreatedWithFieldsOfEveryCommonTypeThatReadBackAsCreated() {
        JsonNode created = ok("POST", "/collections", json("collection", "sm_things", "schema", json(),
            "meta", json("icon", "box", "hidden", false, "translations", List.of(json("language", "en-US"))),
            "fields", List.of(
                json("field", "key", "type", "uuid", "schema", json("is_primary_key", true),
                    "meta", json("hidden", true, "special", List.of("uuid"))),
                json("field", "title", "type", "string", "schema", json("max_length", 50, "is_nullable", false,
                    "default_value", "untitled")),
                json("field", "data", "type", "json"),
                json("field", "flag", "type", "boolean", "schema", json("default_value", true)),
                json("field", "price", "type", "decimal", "schema", json("numeric_precision", 8, "numeric_scale", 2)),
                json("field", "secret", "type", "hash"),
                json("field", "tags", "type", "csv"),
                json("field", "note", "type", "text"),
                json("field", "count", "type", "integer", "schema", json("is_indexed", true)))));

        assertThat(created.path("collection").asText()).isEqualTo("sm_things");
        assertThat(created.path("meta").path("icon").asText()).isEqualTo("box");
        assertThat(created.path("meta").path("hidden").isBoolean()).isTrue();
        assertThat(created.path("meta").path("translations").path(0).path("language").asText()).isEqualTo("en-US");
        assertThat(created.path("schema").path("name").asText()).isEqualTo("sm_things");

        JsonNode fields = ok("GET", "/fields/sm_things", null);
        Map<String, String> types = new LinkedHashMap<>();
        fields.forEach(field -> types.put(field.path("field").asText(), field.path("type").asText()));
        // Fields with a metadata row come first, by sort; the others follow in column order.
        assertThat(types).containsOnly(Map.entry("key", "uuid"), Map.entry("title", "string"),
            Map.entry("data", "json"), Map.entry("flag", "boolean"), Map.entry("price", "decimal"),
            Map.entry("secret", "hash"), Map.entry("tags", "csv"), Map.entry("note", "text"),
            Map.entry("count", "integer"));
        JsonNode title = ok("GET", "/fields/sm_things/title", null);
        assertThat(title.path("schema").path("max_length").asInt()).isEqualTo(50);
        assertThat(title.path("schema").path("is_nullable").asBoolean()).isFalse();
        assertThat(title.path("schema").path("default_value").asText()).isEqualTo("untitled");
        assertThat(ok("GET", "/fields/sm_things/data", null).path("meta").path("special").path(0).asText())
            .isEqualTo("cast-json");
        assertThat(ok("GET", "/fields/sm_things/count", null).path("schema").path("is_indexed").asBoolean()).isTrue();
        assertThat(ok("GET", "/fields/sm_things/key", null).path("meta").path("hidden").asBoolean()).isTrue();
        assertThat(ok("GET", "/collections/sm_things", null)).isEqualTo(created);
    }

    @Test
    void aCollectionWithoutPrimaryKeyGetsAnIdAndRefusalsAreInvalidPayloads() throws SQLException {
        JsonNode created = ok("POST", "/collections", json("collection", "sm_plain", "schema", json(),
            "fields", List.of(json("field", "name", "type", "string"))));
        JsonNode id = ok("GET", "/fields/sm_plain/id", null);
        HttpResult again = send("POST", "/collections", json("collection", "sm_plain", "schema", json()));
        HttpResult reserved = send("POST", "/collections", json("collection", "directus_nope", "schema", json()));

        // Without meta Directus writes no directus_collections row, only the rows of fields that have meta.
        assertThat(created.path("meta").isNull()).isTrue();
        assertThat(ok("GET", "/collections/sm_plain", null).path("meta").isNull()).isTrue();
        assertThat(id.path("schema").path("has_auto_increment").asBoolean()).isTrue();
        assertThat(id.path("meta").path("interface").asText()).isEqualTo("numeric");
        assertThat(ok("GET", "/fields/sm_plain/name", null).path("meta").isNull()).isTrue();
        if (directAccess()) {
            assertThat(strings("SELECT COUNT(*) FROM directus_collections WHERE collection = 'sm_plain'"))
                .containsExactly("0");
            assertThat(strings("SELECT field FROM directus_fields WHERE collection = 'sm_plain'")).containsExactly("id");
        }
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("INVALID_PAYLOAD");
        assertThat(again.json().path("errors").path(0).path("extensions").path("reason").asText())
            .isEqualTo("Collection \"sm_plain\" already exists");
        assertThat(reserved.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    /**
     * A default the column's type cannot hold, or rows a new type cannot hold, are the request's fault: PostgreSQL
     * and MariaDB refuse them (SQLite's loose types take both), and the answer is a 400, not the database's 500.
     */
    @Test
    void aDefaultOrRowsTheTypeCannotHoldAreRefusedAsInvalidPayloads() {
        ok("POST", "/collections", json("collection", "sm_refusals", "schema", json(),
            "fields", List.of(json("field", "label", "type", "string"))));
        ok("POST", "/items/sm_refusals", json("label", "Ada"));

        HttpResult badDefault = send("POST", "/fields/sm_refusals", json("field", "due", "type", "dateTime",
            "schema", json("default_value", "not a date")));
        HttpResult badRows = send("PATCH", "/fields/sm_refusals/label", json("type", "integer", "schema", json()));

        for (HttpResult refused : List.of(badDefault, badRows)) {
            assertThat(refused.status()).as(refused.body()).isLessThan(500);
            if (vendor != TestVendor.SQLITE) {
                assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            }
        }
        if (vendor != TestVendor.SQLITE) {
            assertThat(badDefault.errorCode()).isEqualTo("INVALID_PAYLOAD");
            // MariaDB names the value it could not convert, which Ordo reads as out of range.
            assertThat(badRows.errorCode()).isIn("INVALID_PAYLOAD", "VALUE_OUT_OF_RANGE");
            assertThat(send("GET", "/fields/sm_refusals/due", null).status()).isEqualTo(403);
            assertThat(ok("GET", "/fields/sm_refusals/label", null).path("type").asText()).isEqualTo("string");
        }
        // SQLite cannot add a NOT NULL column without a default at all (PostgreSQL can where no rows need a value).
        HttpResult notNull = send("POST", "/fields/sm_refusals", json("field", "must", "type", "integer",
            "schema", json("is_nullable", false)));
        assertThat(notNull.status()).as(notNull.body()).isLessThan(500);
        if (vendor == TestVendor.SQLITE) {
            assertThat(notNull.errorCode()).isEqualTo("INVALID_PAYLOAD");
        }
        assertThat(send("DELETE", "/collections/sm_refusals", null).status()).isEqualTo(204);
    }

    /**
     * A table's last column is not dropped: MariaDB cannot (a 500 before), PostgreSQL kept a table without columns
     * that was no collection any more and could not be deleted through the API.
     */
    @Test
    void deletingTheLastFieldIsRefused() {
        ok("POST", "/collections", json("collection", "sm_lonely", "schema", json(),
            "fields", List.of(json("field", "id", "type", "integer", "schema", json("is_primary_key", true)))));

        HttpResult dropped = send("DELETE", "/fields/sm_lonely/id", null);

        assertThat(dropped.status()).as(dropped.body()).isEqualTo(400);
        assertThat(dropped.errorCode()).isEqualTo("INVALID_PAYLOAD");
        assertThat(send("DELETE", "/collections/sm_lonely", null).status()).isEqualTo(204);
    }

    /** PostgreSQL cuts names longer than 63 bytes silently, MariaDB refuses those over 64: both are a 400. */
    @Test
    void aNameLongerThanTheDatabaseAllowsIsRefused() {
        String longName = "sm_" + "n".repeat(70);
        HttpResult collection = send("POST", "/collections", json("collection", longName, "schema", json()));
        HttpResult field = send("POST", "/fields/sm_people", json("field", longName, "type", "integer"));

        for (HttpResult refused : List.of(collection, field)) {
            assertThat(refused.status()).as(refused.body()).isLessThan(500);
            if (vendor != TestVendor.SQLITE) {
                assertThat(refused.status()).as(refused.body()).isEqualTo(400);
                assertThat(refused.errorCode()).isEqualTo("INVALID_PAYLOAD");
            }
        }
        if (vendor != TestVendor.SQLITE) {
            assertThat(send("GET", "/collections/" + longName.substring(0, 63), null).status()).isEqualTo(403);
        }
    }

    @Test
    void schemaWritesAreForAdminsOnly() {
        HttpResult anonymous = ordo.send("POST", "/collections", json("collection", "sm_nobody", "schema", json()),
            null);

        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(send("GET", "/collections/sm_nobody", null).status()).isEqualTo(403);
        assertThat(send("PATCH", "/collections/sm_nobody", json("meta", json())).status()).isEqualTo(403);
    }

    @Test
    void anExistingTableGetsMetadataAndItsFieldsChangeOrAreRefusedWithDirectusErrors() throws SQLException {
        JsonNode described = ok("POST", "/collections", json("collection", "sm_people", "schema", null,
            "meta", json("note", "People")));
        assertThat(described.path("meta").path("note").asText()).isEqualTo("People");

        HttpResult nulls = send("PATCH", "/fields/sm_people/name", json("schema", json("is_nullable", false)));
        HttpResult duplicates = send("PATCH", "/fields/sm_people/grade", json("schema", json("is_unique", true)));

        assertThat(nulls.status()).isEqualTo(400);
        assertThat(nulls.errorCode()).isEqualTo("CONTAINS_NULL_VALUES");
        assertThat(nulls.json().path("errors").path(0).path("extensions").path("field").asText()).isEqualTo("name");
        assertThat(nulls.json().path("errors").path(0).path("extensions").path("collection").asText())
            .isEqualTo("sm_people");
        assertThat(duplicates.status()).isEqualTo(400);
        assertThat(duplicates.errorCode()).isEqualTo("RECORD_NOT_UNIQUE");
        assertThat(duplicates.json().path("errors").path(0).path("extensions").path("field").asText())
            .isEqualTo("grade");
        assertThat(ok("GET", "/fields/sm_people/name", null).path("schema").path("is_nullable").asBoolean()).isTrue();

        JsonNode nickname = ok("PATCH", "/fields/sm_people/nickname", json("schema",
            json("is_nullable", false, "is_unique", true, "max_length", 80), "meta", json("note", "Short name")));
        JsonNode score = ok("PATCH", "/fields/sm_people/score", json("type", "integer", "schema", json()));

        assertThat(nickname.path("schema").path("is_nullable").asBoolean()).isFalse();
        assertThat(nickname.path("schema").path("is_unique").asBoolean()).isTrue();
        assertThat(nickname.path("schema").path("max_length").asInt()).isEqualTo(80);
        assertThat(nickname.path("meta").path("note").asText()).isEqualTo("Short name");
        assertThat(score.path("type").asText()).isEqualTo("integer");
        if (directAccess()) {
            assertThat(strings("SELECT nickname FROM sm_people ORDER BY id")).containsExactly("ada", "grace");
            assertThat(strings("SELECT score FROM sm_people ORDER BY id")).containsExactly("10", "20");
        }
    }

    @Test
    void fieldsAreAddedAndDropped() {
        ok("POST", "/collections", json("collection", "sm_notes", "schema", json()));

        JsonNode added = ok("POST", "/fields/sm_notes", json("field", "body", "type", "text",
            "meta", json("interface", "input-multiline")));
        JsonNode token = ok("POST", "/fields/sm_notes", json("field", "token", "type", "uuid"));
        HttpResult dropped = send("DELETE", "/fields/sm_notes/body", null);

        assertThat(added.path("type").asText()).isEqualTo("text");
        assertThat(added.path("meta").path("sort").asInt()).isEqualTo(2);
        assertThat(token.path("type").asText()).isEqualTo("uuid");
        assertThat(dropped.status()).isEqualTo(204);
        assertThat(send("GET", "/fields/sm_notes/body", null).status()).isEqualTo(403);
        assertThat(send("DELETE", "/fields/sm_notes/body", null).status()).isEqualTo(403);
    }

    @Test
    void relationsAddAndDropForeignKeys() throws SQLException {
        ok("POST", "/collections", json("collection", "sm_authors", "schema", null, "meta", json()));
        ok("POST", "/collections", json("collection", "sm_posts", "schema", null, "meta", json()));
        ok("POST", "/fields/sm_authors", json("field", "posts", "type", "alias", "meta", json("special", List.of("o2m"))));

        HttpResult orphans = send("POST", "/relations", json("collection", "sm_posts", "field", "author",
            "related_collection", "sm_authors"));
        assertThat(orphans.status()).isEqualTo(400);
        assertThat(orphans.errorCode()).isEqualTo("INVALID_FOREIGN_KEY");
        assertThat(send("GET", "/relations/sm_posts/author", null).status()).isEqualTo(403);

        JsonNode relation = ok("POST", "/relations", json("collection", "sm_posts", "field", "editor",
            "related_collection", "sm_authors", "schema", json("on_delete", "SET NULL"),
            "meta", json("one_field", "posts")));
        assertThat(relation.path("schema").path("foreign_key_table").asText()).isEqualTo("sm_authors");
        assertThat(relation.path("schema").path("on_delete").asText()).isEqualTo("SET NULL");
        assertThat(relation.path("meta").path("one_field").asText()).isEqualTo("posts");
        assertThat(send("POST", "/relations", json("collection", "sm_posts", "field", "editor",
            "related_collection", "sm_authors")).errorCode()).isEqualTo("INVALID_PAYLOAD");

        JsonNode changed = ok("PATCH", "/relations/sm_posts/editor", json("schema", json("on_delete", "CASCADE")));
        assertThat(changed.path("schema").path("on_delete").asText()).isEqualTo("CASCADE");
        assertThat(changed.path("meta").path("one_field").asText()).isEqualTo("posts");
        if (directAccess()) {
            sql("DELETE FROM sm_authors WHERE id = 1");
            assertThat(strings("SELECT COUNT(*) FROM sm_posts")).containsExactly("0");
        }

        assertThat(send("DELETE", "/relations/sm_posts/editor", null).status()).isEqualTo(204);
        assertThat(send("GET", "/relations/sm_posts/editor", null).status()).isEqualTo(403);
        assertThat(ok("GET", "/fields/sm_posts/editor", null).path("schema").path("foreign_key_table").isNull())
            .isTrue();
    }

    @Test
    void deletingACollectionCleansUpAroundIt() {
        ok("POST", "/collections", json("collection", "sm_parents", "schema", json(), "meta", json()));
        ok("POST", "/collections", json("collection", "sm_children", "schema", json(), "fields", List.of(
            json("field", "id", "type", "integer", "schema", json("has_auto_increment", true)),
            json("field", "name", "type", "string"),
            json("field", "parent", "type", "integer"))));
        ok("POST", "/fields/sm_parents", json("field", "children", "type", "o2m"));
        ok("POST", "/relations", json("collection", "sm_children", "field", "parent", "related_collection", "sm_parents",
            "meta", json("one_field", "children")));
        ok("POST", "/items/sm_parents", json());
        ok("POST", "/items/sm_children", json("name", "Kid", "parent", 1));

        assertThat(send("DELETE", "/collections/sm_parents", null).status()).isEqualTo(204);

        assertThat(send("GET", "/collections/sm_parents", null).status()).isEqualTo(403);
        assertThat(send("GET", "/relations/sm_children/parent", null).status()).isEqualTo(403);
        // Directus deletes the many-to-one fields pointing at the collection; the rows holding them stay.
        assertThat(send("GET", "/fields/sm_children/parent", null).status()).isEqualTo(403);
        JsonNode children = ok("GET", "/items/sm_children", null);
        assertThat(children.size()).isEqualTo(1);
        assertThat(children.path(0).path("name").asText()).isEqualTo("Kid");
        assertThat(children.path(0).has("parent")).isFalse();

        ok("POST", "/collections", json("collection", "sm_parents", "schema", json()));
        assertThat(ok("GET", "/fields/sm_parents", null).size()).isEqualTo(1);
    }

    @Test
    void collectionsGetMetadataAndFoldersHoldThem() {
        ok("POST", "/collections", json("collection", "sm_folder", "meta", json("collapse", "closed")));
        ok("POST", "/collections", json("collection", "sm_inside", "schema", json(), "meta", json("group", "sm_folder")));

        JsonNode updated = ok("PATCH", "/collections", List.of(
            json("collection", "sm_inside", "meta", json("note", "Inside", "sort", 2)),
            json("collection", "sm_folder", "meta", json("icon", "folder"))));

        assertThat(updated.path(0).path("meta").path("note").asText()).isEqualTo("Inside");
        assertThat(updated.path(0).path("meta").path("group").asText()).isEqualTo("sm_folder");
        assertThat(updated.path(1).path("schema").isNull()).isTrue();
        assertThat(send("DELETE", "/collections/sm_folder", null).status()).isEqualTo(204);
        assertThat(ok("GET", "/collections/sm_inside", null).path("meta").path("group").isNull()).isTrue();
    }
}
