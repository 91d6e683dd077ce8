package dev.ordo.plugins.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.TableSchema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared introspection fixture (sqlite.sql) must come back exactly as expected.json says. */
class ConformanceFixtureTest {

    @TempDir
    static Path folder;

    private static DatabaseSchema schema;
    private static JsonNode expected;

    @BeforeAll
    static void introspectFixture() throws Exception {
        SqliteBackend backend = new SqliteBackend();
        try (Connection connection = TestDatabase.open(backend, folder.resolve("fixture.db"))) {
            TestDatabase.runScript(connection, "/conformance/sqlite.sql");
            schema = backend.introspect(connection);
        }
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (InputStream in = ConformanceFixtureTest.class.getResourceAsStream("/conformance/expected.json")) {
            expected = json.readTree(in);
        }
    }

    @Test
    void everyExpectedColumnValueMatches() {
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Map.Entry<String, JsonNode> table : expected.get("fields").properties()) {
            TableSchema tableSchema = schema.table(table.getKey()).orElseThrow(
                () -> new AssertionError("table " + table.getKey() + " was not introspected"));
            for (Map.Entry<String, JsonNode> field : table.getValue().properties()) {
                ColumnSchema column = tableSchema.column(field.getKey()).orElseThrow(
                    () -> new AssertionError("column " + table.getKey() + "." + field.getKey() + " is missing"));
                for (Map.Entry<String, JsonNode> key : field.getValue().properties()) {
                    String where = table.getKey() + "." + field.getKey() + " " + key.getKey();
                    softly.assertThat(actual(column, key.getKey())).as(where).isEqualTo(expectedValue(key.getValue()));
                    if (key.getKey().equals("default_value") && key.getValue().isNumber()) {
                        softly.assertThat(column.defaultValue().orElseThrow()).as(where + " class")
                            .isInstanceOfAny(Integer.class, Long.class, BigDecimal.class);
                    }
                    checked++;
                }
            }
        }
        softly.assertAll();
        assertThat(checked).as("expectations checked").isGreaterThan(100);
    }

    @Test
    void relationsComeBackAsSingleColumnForeignKeysWithTheirActions() {
        for (JsonNode relation : expected.get("relations")) {
            TableSchema table = schema.table(relation.get("collection").asText()).orElseThrow();
            JsonNode keySchema = relation.get("schema");
            ForeignKeySchema key = table.foreignKeys().stream()
                .filter(candidate -> candidate.column().equals(relation.get("field").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no foreign key on " + relation.get("field")));
            assertThat(key.foreignKeyTable()).isEqualTo(relation.get("related_collection").asText())
                .isEqualTo(keySchema.get("foreign_key_table").asText());
            assertThat(key.foreignKeyColumn()).isEqualTo(keySchema.get("foreign_key_column").asText());
            assertThat(key.onDelete().sql()).isEqualTo(keySchema.get("on_delete").asText());
            assertThat(key.onUpdate().sql()).isEqualTo(keySchema.get("on_update").asText());
            assertThat(key.constraintName()).isEmpty();
        }
        assertThat(schema.table("articles").orElseThrow().foreignKeys())
            .extracting(ForeignKeySchema::column).containsExactly("author_id", "editor_id");
        assertThat(schema.table("article_tags").orElseThrow().foreignKeys())
            .extracting(ForeignKeySchema::column, ForeignKeySchema::foreignKeyTable,
                key -> key.onDelete().sql(), key -> key.onUpdate().sql())
            .containsExactly(
                Tuple.tuple("article_id", "articles", "CASCADE", "CASCADE"),
                Tuple.tuple("tag_code", "tags", "RESTRICT", "CASCADE"));
    }

    @Test
    void collectionsHaveASingleColumnKeyAndTheOthersDoNot() {
        List<String> collections = new ArrayList<>();
        expected.get("collections").forEach(name -> collections.add(name.asText()));
        for (String name : collections) {
            TableSchema table = schema.table(name).orElseThrow();
            assertThat(table.view()).as(name).isFalse();
            assertThat(table.singlePrimaryKey()).as(name).isPresent();
        }
        assertThat(schema.table("authors").orElseThrow().primaryKey()).containsExactly("id");
        assertThat(schema.table("tags").orElseThrow().primaryKey()).containsExactly("code");
        assertThat(schema.table("uuid_items").orElseThrow().primaryKey()).containsExactly("id");

        TableSchema articleTags = schema.table("article_tags").orElseThrow();
        assertThat(articleTags.view()).isFalse();
        assertThat(articleTags.primaryKey()).containsExactly("article_id", "tag_code");
        TableSchema eventLog = schema.table("event_log").orElseThrow();
        assertThat(eventLog.view()).isFalse();
        assertThat(eventLog.primaryKey()).isEmpty();
        TableSchema authorNames = schema.table("author_names").orElseThrow();
        assertThat(authorNames.view()).isTrue();
        assertThat(authorNames.primaryKey()).isEmpty();
        assertThat(authorNames.foreignKeys()).isEmpty();
        assertThat(authorNames.columns()).extracting(ColumnSchema::name).containsExactly("id", "name");

        List<String> absent = new ArrayList<>();
        expected.get("absent").forEach(name -> absent.add(name.asText()));
        assertThat(absent).allSatisfy(name -> {
            TableSchema table = schema.table(name).orElseThrow();
            assertThat(table.view() || table.singlePrimaryKey().isEmpty()).as(name).isTrue();
        });
    }

    @Test
    void tablesAreListedByNameWithTheirColumnsInTableOrderAndTheirCreateStatement() {
        assertThat(schema.tables().keySet()).containsExactly(
            "article_tags", "articles", "author_names", "authors", "event_log", "tags", "uuid_items");
        assertThat(schema.table("authors").orElseThrow().columns()).extracting(ColumnSchema::name).containsExactly(
            "id", "name", "email", "bio", "born", "active", "rating", "score", "views", "rank", "created_at",
            "updated_at", "wakes_at", "profile", "avatar", "uid", "status");
        assertThat(schema.table("authors").orElseThrow().details().get("sql")).startsWith("CREATE TABLE authors (");
        assertThat(schema.table("author_names").orElseThrow().details().get("sql"))
            .isEqualTo("CREATE VIEW author_names AS SELECT id, name FROM authors");
    }

    @Test
    void dataTypesAreTheDeclaredBaseNamesInLowerCase() {
        TableSchema authors = schema.table("authors").orElseThrow();
        assertThat(authors.columns()).extracting(ColumnSchema::dataType).containsExactly(
            "integer", "varchar", "varchar", "text", "date", "boolean", "decimal", "real", "bigint", "smallint",
            "timestamp", "datetime", "time", "json", "blob", "uuid", "varchar");
        ColumnSchema labelUpper = schema.table("tags").orElseThrow().column("label_upper").orElseThrow();
        assertThat(labelUpper.generated()).isTrue();
        assertThat(labelUpper.defaultValue()).isEmpty();
        assertThat(authors.column("bio").orElseThrow().maxLength()).isEmpty();
        assertThat(authors.column("views").orElseThrow().numericPrecision()).isEmpty();
    }

    private static Object actual(ColumnSchema column, String key) {
        return switch (key) {
            case "type" -> column.fieldType().id();
            case "is_primary_key" -> column.primaryKey();
            case "has_auto_increment" -> column.autoIncrement();
            case "is_nullable" -> column.nullable();
            case "is_unique" -> column.unique();
            case "is_indexed" -> column.indexed();
            case "is_generated" -> column.generated();
            case "default_value" -> comparable(column.defaultValue().orElse(null));
            case "max_length" -> boxed(column.maxLength());
            case "numeric_precision" -> boxed(column.numericPrecision());
            case "numeric_scale" -> boxed(column.numericScale());
            case "foreign_key_table" -> column.foreignKeyTable().orElse(null);
            case "foreign_key_column" -> column.foreignKeyColumn().orElse(null);
            default -> fail("expected.json has a key this test does not know: " + key);
        };
    }

    private static Object expectedValue(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return comparable(value.decimalValue());
        }
        return value.asText();
    }

    /** Numbers compare by value (1.5 as BigDecimal equals 1.50, 0 as Integer equals 0 as Long). */
    private static Object comparable(Object value) {
        return value instanceof Number number ? new BigDecimal(number.toString()).stripTrailingZeros() : value;
    }

    private static Object boxed(OptionalLong value) {
        return value.isPresent() ? comparable(value.getAsLong()) : null;
    }

    private static Object boxed(OptionalInt value) {
        return value.isPresent() ? comparable(value.getAsInt()) : null;
    }
}
