package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared introspection fixture: PostgreSQL must report exactly what expected.json lists. */
class ConformanceIntrospectionTest {

    private static TestDatabase database;
    private static DatabaseSchema schema;
    private static JsonNode expected;

    @BeforeAll
    static void loadFixture() throws Exception {
        database = TestDatabase.create();
        database.runScript(resource("/conformance/introspection/postgres.sql"));
        try (Connection connection = database.connect()) {
            schema = database.backend().introspect(connection);
        }
        expected = new ObjectMapper().readTree(resource("/conformance/introspection/expected.json"));
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void reportsEveryTableAndView() {
        assertThat(schema.tables().keySet()).containsExactly(
            "article_tags", "articles", "author_names", "authors", "event_log", "tags", "uuid_items");
    }

    @Test
    void collectionsAreTheTablesWithASingleColumnPrimaryKey() {
        List<String> collections = schema.tables().values().stream()
            .filter(table -> !table.view() && table.singlePrimaryKey().isPresent())
            .map(TableSchema::name)
            .toList();
        assertThat(collections).containsExactlyElementsOf(texts(expected.get("collections")));
        for (String absent : texts(expected.get("absent"))) {
            assertThat(schema.table(absent)).as(absent).isPresent();
            assertThat(collections).doesNotContain(absent);
        }
    }

    @Test
    void compositeKeyNoKeyAndViewTablesHaveTheRightPrimaryKeys() {
        assertThat(table("article_tags").primaryKey()).containsExactly("article_id", "tag_code");
        assertThat(table("article_tags").view()).isFalse();
        assertThat(table("event_log").primaryKey()).isEmpty();
        assertThat(table("event_log").view()).isFalse();
        assertThat(table("author_names").view()).isTrue();
        assertThat(table("author_names").primaryKey()).isEmpty();
        assertThat(table("author_names").columns()).extracting(ColumnSchema::name).containsExactly("id", "name");
        assertThat(table("authors").primaryKey()).containsExactly("id");
        assertThat(table("tags").primaryKey()).containsExactly("code");
    }

    @Test
    void everyFieldMatchesItsExpectations() {
        int checked = 0;
        for (Map.Entry<String, JsonNode> tableEntry : expected.get("fields").properties()) {
            TableSchema table = table(tableEntry.getKey());
            for (Map.Entry<String, JsonNode> fieldEntry : tableEntry.getValue().properties()) {
                ColumnSchema column = table.column(fieldEntry.getKey())
                    .orElseThrow(() -> new AssertionError("missing column " + fieldEntry.getKey()));
                for (Map.Entry<String, JsonNode> key : fieldEntry.getValue().properties()) {
                    assertKey(table.name() + "." + column.name() + "." + key.getKey(), column, key.getKey(),
                        key.getValue());
                    checked++;
                }
            }
        }
        // Guards against a silently empty loop (the fixture has 136 keys today).
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void columnsComeInTableOrder() {
        assertThat(table("authors").columns()).extracting(ColumnSchema::name).containsExactly(
            "id", "name", "email", "bio", "born", "active", "rating", "score", "views", "rank", "created_at",
            "updated_at", "wakes_at", "profile", "avatar", "uid", "status");
    }

    /** Every column says the database has named schemas; a foreign key names the schema it points into. */
    @Test
    void foreignKeysNameTheSchemaOfTheTableTheyPointTo() {
        ColumnSchema author = table("articles").column("author_id").orElseThrow();
        ColumnSchema title = table("articles").column("title").orElseThrow();

        assertThat(author.namedSchemas()).isTrue();
        assertThat(author.foreignKeySchema()).contains("public");
        assertThat(title.namedSchemas()).isTrue();
        assertThat(title.foreignKeySchema()).isEmpty();
        assertThat(table("articles").foreignKeys()).extracting(ForeignKeySchema::foreignKeySchema)
            .containsOnly(Optional.of("public"));
    }

    @Test
    void relationsCarryTheirActions() {
        for (JsonNode relation : expected.get("relations")) {
            TableSchema table = table(relation.get("collection").asText());
            String field = relation.get("field").asText();
            ForeignKeySchema key = table.foreignKeys().stream()
                .filter(candidate -> candidate.column().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no foreign key on " + field));
            JsonNode expectedSchema = relation.get("schema");
            assertThat(key.table()).isEqualTo(table.name());
            assertThat(key.foreignKeyTable()).isEqualTo(relation.get("related_collection").asText());
            assertThat(key.foreignKeyTable()).isEqualTo(expectedSchema.get("foreign_key_table").asText());
            assertThat(key.foreignKeyColumn()).isEqualTo(expectedSchema.get("foreign_key_column").asText());
            assertThat(key.onDelete().sql()).as(field + " on delete").isEqualTo(expectedSchema.get("on_delete").asText());
            assertThat(key.onUpdate().sql()).as(field + " on update").isEqualTo(expectedSchema.get("on_update").asText());
        }
        assertThat(table("articles").foreignKeys()).extracting(ForeignKeySchema::constraintName)
            .containsExactly(Optional.of("articles_author_id_fkey"), Optional.of("articles_editor_id_fkey"));
        assertThat(table("article_tags").foreignKeys()).extracting(ForeignKeySchema::column)
            .containsExactly("article_id", "tag_code");
        assertThat(table("authors").foreignKeys()).isEmpty();
    }

    @Test
    void postgresSpecificFacts() {
        assertThat(table("authors").columns()).extracting(ColumnSchema::dataType).containsExactly(
            "integer", "character varying", "character varying", "text", "date", "boolean", "numeric", "real",
            "bigint", "smallint", "timestamp with time zone", "timestamp without time zone",
            "time without time zone", "json", "bytea", "uuid", "character varying");
        ColumnSchema labelUpper = table("tags").column("label_upper").orElseThrow();
        assertThat(labelUpper.generationExpression()).contains("upper((label)::text)");
        assertThat(labelUpper.defaultValue()).isEmpty();
        assertThat(table("tags").column("label").orElseThrow().generated()).isFalse();
        assertThat(table("authors").details()).containsExactly(Map.entry("schema", "public"));
        assertThat(table("authors").column("views").orElseThrow().defaultValue()).contains(0);
        assertThat(table("authors").column("rating").orElseThrow().defaultValue()).contains(new BigDecimal("1.5"));
        assertThat(table("authors").column("id").orElseThrow().numericPrecision()).isEqualTo(OptionalInt.of(32));
        assertThat(table("authors").column("bio").orElseThrow().maxLength()).isEqualTo(OptionalLong.empty());
        assertThat(table("authors").comment()).isEmpty();
    }

    private static void assertKey(String description, ColumnSchema column, String key, JsonNode value) {
        switch (key) {
            case "type" -> assertThat(column.fieldType().id()).as(description).isEqualTo(value.asText());
            case "is_primary_key" -> assertThat(column.primaryKey()).as(description).isEqualTo(value.asBoolean());
            case "has_auto_increment" -> assertThat(column.autoIncrement()).as(description).isEqualTo(value.asBoolean());
            case "is_nullable" -> assertThat(column.nullable()).as(description).isEqualTo(value.asBoolean());
            case "is_unique" -> assertThat(column.unique()).as(description).isEqualTo(value.asBoolean());
            case "is_indexed" -> assertThat(column.indexed()).as(description).isEqualTo(value.asBoolean());
            case "is_generated" -> assertThat(column.generated()).as(description).isEqualTo(value.asBoolean());
            case "default_value" -> assertDefault(description, column.defaultValue(), value);
            case "max_length" -> assertThat(column.maxLength()).as(description)
                .isEqualTo(value.isNull() ? OptionalLong.empty() : OptionalLong.of(value.asLong()));
            case "numeric_precision" -> assertThat(column.numericPrecision()).as(description)
                .isEqualTo(value.isNull() ? OptionalInt.empty() : OptionalInt.of(value.asInt()));
            case "numeric_scale" -> assertThat(column.numericScale()).as(description)
                .isEqualTo(value.isNull() ? OptionalInt.empty() : OptionalInt.of(value.asInt()));
            case "foreign_key_table" -> assertThat(column.foreignKeyTable()).as(description)
                .isEqualTo(value.isNull() ? Optional.empty() : Optional.of(value.asText()));
            case "foreign_key_column" -> assertThat(column.foreignKeyColumn()).as(description)
                .isEqualTo(value.isNull() ? Optional.empty() : Optional.of(value.asText()));
            default -> fail("expected.json has a key this test does not know: " + description);
        }
    }

    private static void assertDefault(String description, Optional<Object> actual, JsonNode value) {
        if (value.isNull()) {
            assertThat(actual).as(description).isEmpty();
        } else if (value.isBoolean()) {
            assertThat(actual).as(description).contains(value.asBoolean());
        } else if (value.isNumber()) {
            assertThat(actual).as(description).isPresent();
            assertThat(actual.get()).as(description).isInstanceOfAny(Integer.class, Long.class, BigDecimal.class);
            assertThat(new BigDecimal(actual.get().toString())).as(description).isEqualByComparingTo(value.decimalValue());
        } else {
            assertThat(actual).as(description).contains(value.asText());
        }
    }

    private static TableSchema table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("missing table " + name));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ConformanceIntrospectionTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
