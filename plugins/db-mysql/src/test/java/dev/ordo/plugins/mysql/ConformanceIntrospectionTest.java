package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared introspection fixture, in its MySQL/MariaDB flavour, must read back exactly as expected.json says. */
class ConformanceIntrospectionTest {

    private static final String FIXTURE = "/conformance/introspection/mysql.sql";
    private static final String EXPECTED = "/conformance/introspection/expected.json";

    private static MysqlTestDatabase database;
    private static DatabaseSchema schema;
    private static JsonNode expected;

    @BeforeAll
    static void loadFixture() throws Exception {
        database = MysqlTestDatabase.create();
        database.execute(statements(resource(FIXTURE)).toArray(String[]::new));
        try (Connection connection = database.connect()) {
            schema = database.backend().introspect(connection);
        }
        expected = new ObjectMapper().readTree(resource(EXPECTED));
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void readsEveryTableAndViewOfTheFixture() {
        assertThat(schema.tables().keySet()).containsExactly(
            "article_tags", "articles", "author_names", "authors", "event_log", "tags", "uuid_items");
    }

    @Test
    void everyFieldHasTheExpectedTypeFlagsAndDefaults() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> table : expected.get("fields").properties()) {
            for (Map.Entry<String, JsonNode> field : table.getValue().properties()) {
                ColumnSchema column = column(table.getKey(), field.getKey());
                for (Map.Entry<String, JsonNode> expectation : field.getValue().properties()) {
                    checkKey(column, expectation.getKey(), expectation.getValue());
                    checked.add(table.getKey() + "." + field.getKey() + "." + expectation.getKey());
                }
            }
        }
        // Guards against a misread expected.json passing vacuously: the copy in this module has 136 checks.
        assertThat(checked).hasSize(136).contains("authors.rating.numeric_scale", "tags.label_upper.is_generated");
    }

    @Test
    void collectionsHaveASingleColumnPrimaryKeyAndAreTables() {
        for (JsonNode name : expected.get("collections")) {
            TableSchema table = table(name.asText());
            assertThat(table.view()).as(name.asText()).isFalse();
            assertThat(table.singlePrimaryKey()).as(name.asText()).isPresent();
        }
        assertThat(table("authors").primaryKey()).containsExactly("id");
        assertThat(table("tags").primaryKey()).containsExactly("code");
        assertThat(table("uuid_items").primaryKey()).containsExactly("id");
    }

    @Test
    void absentTablesAreAViewAndTablesWithoutASingleColumnKey() {
        List<String> absent = new ArrayList<>();
        expected.get("absent").forEach(name -> absent.add(name.asText()));
        assertThat(absent).containsExactlyInAnyOrder("article_tags", "event_log", "author_names");

        assertThat(table("article_tags").view()).isFalse();
        assertThat(table("article_tags").primaryKey()).containsExactly("article_id", "tag_code");
        assertThat(table("event_log").view()).isFalse();
        assertThat(table("event_log").primaryKey()).isEmpty();
        assertThat(table("author_names").view()).isTrue();
        assertThat(table("author_names").primaryKey()).isEmpty();
        assertThat(table("author_names").foreignKeys()).isEmpty();
        assertThat(table("author_names").columns()).extracting(ColumnSchema::name).containsExactly("id", "name");
        for (String name : absent) {
            assertThat(table(name).singlePrimaryKey()).as(name).isEmpty();
        }
    }

    @Test
    void relationsCarryTheirTargetAndActions() {
        for (JsonNode relation : expected.get("relations")) {
            String collection = relation.get("collection").asText();
            String field = relation.get("field").asText();
            JsonNode expectedKey = relation.get("schema");
            ForeignKeySchema key = table(collection).foreignKeys().stream()
                .filter(candidate -> candidate.column().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no foreign key on " + collection + "." + field));
            assertThat(key.table()).isEqualTo(collection);
            assertThat(key.foreignKeyTable()).isEqualTo(expectedKey.get("foreign_key_table").asText());
            assertThat(key.foreignKeyColumn()).isEqualTo(expectedKey.get("foreign_key_column").asText());
            assertThat(key.onDelete().sql()).isEqualTo(expectedKey.get("on_delete").asText());
            assertThat(key.onUpdate().sql()).isEqualTo(expectedKey.get("on_update").asText());
            assertThat(key.constraintName()).contains(collection + "_" + field + "_foreign");
            assertThat(relation.get("related_collection").asText()).isEqualTo(key.foreignKeyTable());
        }
        assertThat(table("articles").foreignKeys()).hasSize(2);
        assertThat(table("article_tags").foreignKeys())
            .extracting(ForeignKeySchema::column, ForeignKeySchema::foreignKeyTable, ForeignKeySchema::onDelete)
            .containsExactly(
                tuple("article_id", "articles", ReferentialAction.CASCADE),
                tuple("tag_code", "tags", ReferentialAction.RESTRICT));
    }

    @Test
    void columnsKeepTheirTableOrder() {
        assertThat(table("authors").columns()).extracting(ColumnSchema::name).containsExactly(
            "id", "name", "email", "bio", "born", "active", "rating", "score", "views", "rank", "created_at",
            "updated_at", "wakes_at", "profile", "avatar", "uid", "status");
    }

    /** Facts expected.json leaves to each flavour: what MySQL and MariaDB call each type, and table details. */
    @Test
    void reportsMysqlDataTypesAndTableDetails() {
        Map<String, String> dataTypes = Map.ofEntries(
            Map.entry("id", "int"), Map.entry("name", "varchar"), Map.entry("bio", "text"),
            Map.entry("born", "date"), Map.entry("active", "boolean"), Map.entry("rating", "decimal"),
            Map.entry("score", "float"), Map.entry("views", "bigint"), Map.entry("rank", "smallint"),
            Map.entry("created_at", "timestamp"), Map.entry("updated_at", "datetime"), Map.entry("wakes_at", "time"),
            Map.entry("profile", "json"), Map.entry("avatar", "blob"), Map.entry("uid", "uuid"));
        dataTypes.forEach((name, dataType) -> assertThat(column("authors", name).dataType()).as(name).isEqualTo(dataType));

        assertThat(column("authors", "profile").maxLength()).isEmpty();
        assertThat(column("authors", "avatar").maxLength()).isEqualTo(OptionalLong.of(65_535));
        assertThat(column("authors", "uid").maxLength()).isEmpty();
        assertThat(column("tags", "label_upper").generationExpression()).hasValueSatisfying(
            expression -> assertThat(expression.toLowerCase()).contains("label"));
        assertThat(column("tags", "label").generationExpression()).isEmpty();
        assertThat(column("authors", "id").foreignKeyTable()).isEmpty();
        assertThat(column("authors", "id").comment()).contains("");

        assertThat(table("authors").details()).containsEntry("engine", "InnoDB").containsKey("collation")
            .containsKey("schema");
        assertThat(table("authors").details().get("collation")).startsWith("utf8mb4_");
        assertThat(table("author_names").details()).containsOnlyKeys("schema");
        assertThat(table("author_names").comment()).isEmpty();
    }

    private static void checkKey(ColumnSchema column, String key, JsonNode value) {
        String where = column.table() + "." + column.name() + "." + key;
        switch (key) {
            case "type" -> assertThat(column.fieldType()).as(where).isEqualTo(FieldType.fromId(value.asText()).orElseThrow());
            case "is_primary_key" -> assertThat(column.primaryKey()).as(where).isEqualTo(value.asBoolean());
            case "has_auto_increment" -> assertThat(column.autoIncrement()).as(where).isEqualTo(value.asBoolean());
            case "is_nullable" -> assertThat(column.nullable()).as(where).isEqualTo(value.asBoolean());
            case "is_unique" -> assertThat(column.unique()).as(where).isEqualTo(value.asBoolean());
            case "is_indexed" -> assertThat(column.indexed()).as(where).isEqualTo(value.asBoolean());
            case "is_generated" -> assertThat(column.generated()).as(where).isEqualTo(value.asBoolean());
            case "default_value" -> checkDefault(where, column.defaultValue(), value);
            case "max_length" -> assertThat(column.maxLength()).as(where).isEqualTo(longOrEmpty(value));
            case "numeric_precision" -> assertThat(column.numericPrecision()).as(where).isEqualTo(intOrEmpty(value));
            case "numeric_scale" -> assertThat(column.numericScale()).as(where).isEqualTo(intOrEmpty(value));
            case "foreign_key_table" -> assertThat(column.foreignKeyTable()).as(where).isEqualTo(textOrEmpty(value));
            case "foreign_key_column" -> assertThat(column.foreignKeyColumn()).as(where).isEqualTo(textOrEmpty(value));
            default -> fail("expected.json checks %s, which this test does not know", where);
        }
    }

    private static void checkDefault(String where, Optional<Object> actual, JsonNode value) {
        if (value.isNull()) {
            assertThat(actual).as(where).isEmpty();
        } else if (value.isBoolean()) {
            assertThat(actual).as(where).contains(value.asBoolean());
        } else if (value.isNumber()) {
            assertThat(actual).as(where).isPresent();
            assertThat(actual.get()).as(where).isInstanceOf(Number.class);
            assertThat(new BigDecimal(actual.get().toString())).as(where).isEqualByComparingTo(value.decimalValue());
        } else {
            assertThat(actual).as(where).contains(value.asText());
        }
    }

    private static OptionalLong longOrEmpty(JsonNode value) {
        return value.isNull() ? OptionalLong.empty() : OptionalLong.of(value.asLong());
    }

    private static OptionalInt intOrEmpty(JsonNode value) {
        return value.isNull() ? OptionalInt.empty() : OptionalInt.of(value.asInt());
    }

    private static Optional<String> textOrEmpty(JsonNode value) {
        return value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static TableSchema table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ColumnSchema column(String table, String name) {
        return table(table).column(name).orElseThrow(() -> new AssertionError("no column " + table + "." + name));
    }

    /** The fixture's statements: separated by ';' at line ends, comment lines left out. */
    static List<String> statements(String sql) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.trim().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return Arrays.stream(withoutComments.toString().split(";\\s*\n"))
            .map(String::trim)
            .filter(statement -> !statement.isEmpty())
            .toList();
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
