package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables created through the backend read back with the Directus types, flags and defaults they were made with. */
class DdlRoundTripTest {

    private static final String UUID_VALUE = "6f0e4c2a-1b7d-4f5e-9a3c-2d8b7e6f5a41";

    private static TestDatabase database;
    private static PostgresBackend backend;

    @BeforeAll
    static void createTables() throws SQLException {
        database = TestDatabase.create();
        backend = database.backend();
        try (Connection connection = database.connect()) {
            backend.createTable(connection, new TableDefinition("people", List.of(
                ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
                ColumnDefinition.of("name", FieldType.STRING).withMaxLength(100).notNull().asUnique())));
            backend.createTable(connection, new TableDefinition("codes", List.of(
                ColumnDefinition.of("code", FieldType.STRING).withMaxLength(20).asPrimaryKey(),
                ColumnDefinition.of("label", FieldType.TEXT))));
            backend.createTable(connection, new TableDefinition("tokens", List.of(
                ColumnDefinition.of("id", FieldType.UUID).asPrimaryKey(),
                ColumnDefinition.of("note", FieldType.TEXT))));
            backend.createTable(connection, everything());
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    /** One column of every Directus type that has a column, with a default of each kind. */
    private static TableDefinition everything() {
        return new TableDefinition("everything", List.of(
            ColumnDefinition.of("id", FieldType.BIG_INTEGER).asAutoIncrement(),
            ColumnDefinition.of("an_integer", FieldType.INTEGER).withDefault(ColumnDefault.of(-7)),
            ColumnDefinition.of("a_big_integer", FieldType.BIG_INTEGER).withDefault(ColumnDefault.of(9_000_000_000L)),
            ColumnDefinition.of("a_float", FieldType.FLOAT).withDefault(ColumnDefault.of(1.5)),
            ColumnDefinition.of("a_decimal", FieldType.DECIMAL).withPrecision(8, 3)
                .withDefault(ColumnDefault.of(new BigDecimal("12.345"))),
            ColumnDefinition.of("a_default_decimal", FieldType.DECIMAL),
            ColumnDefinition.of("a_string", FieldType.STRING).withMaxLength(42).notNull()
                .withDefault(ColumnDefault.of("hello")).asUnique(),
            ColumnDefinition.of("a_default_string", FieldType.STRING),
            ColumnDefinition.of("a_text", FieldType.TEXT).withDefault(ColumnDefault.of("it's")).asIndexed(),
            ColumnDefinition.of("a_boolean", FieldType.BOOLEAN).notNull().withDefault(ColumnDefault.of(true)),
            ColumnDefinition.of("a_false_boolean", FieldType.BOOLEAN).withDefault(ColumnDefault.of(false)),
            ColumnDefinition.of("a_date", FieldType.DATE).withDefault(ColumnDefault.now()),
            ColumnDefinition.of("a_date_time", FieldType.DATE_TIME).withDefault(ColumnDefault.now()),
            ColumnDefinition.of("a_timestamp", FieldType.TIMESTAMP).withDefault(ColumnDefault.now()),
            ColumnDefinition.of("a_time", FieldType.TIME).withDefault(ColumnDefault.now()),
            ColumnDefinition.of("a_json", FieldType.JSON).withDefault(ColumnDefault.of("{\"a\": [1, 2]}")),
            ColumnDefinition.of("a_uuid", FieldType.UUID).withDefault(ColumnDefault.of(UUID_VALUE)),
            ColumnDefinition.of("a_binary", FieldType.BINARY),
            ColumnDefinition.of("a_hash", FieldType.HASH),
            ColumnDefinition.of("a_csv", FieldType.CSV),
            ColumnDefinition.of("person", FieldType.INTEGER).asIndexed()
                .referencing("people", "id", ReferentialAction.SET_NULL),
            ColumnDefinition.of("parent", FieldType.BIG_INTEGER)
                .referencing("everything", "id", ReferentialAction.CASCADE),
            ColumnDefinition.of("code", FieldType.STRING).withMaxLength(20)
                .referencing("codes", "code", ReferentialAction.RESTRICT)));
    }

    @Test
    void everyTypeComesBackAsItWasCreated() throws SQLException {
        TableSchema table = introspect().table("everything").orElseThrow();
        assertThat(table.columns()).extracting(ColumnSchema::name, ColumnSchema::fieldType, ColumnSchema::dataType)
            .containsExactly(
                tuple("id", FieldType.BIG_INTEGER, "bigint"),
                tuple("an_integer", FieldType.INTEGER, "integer"),
                tuple("a_big_integer", FieldType.BIG_INTEGER, "bigint"),
                tuple("a_float", FieldType.FLOAT, "real"),
                tuple("a_decimal", FieldType.DECIMAL, "numeric"),
                tuple("a_default_decimal", FieldType.DECIMAL, "numeric"),
                tuple("a_string", FieldType.STRING, "character varying"),
                tuple("a_default_string", FieldType.STRING, "character varying"),
                tuple("a_text", FieldType.TEXT, "text"),
                tuple("a_boolean", FieldType.BOOLEAN, "boolean"),
                tuple("a_false_boolean", FieldType.BOOLEAN, "boolean"),
                tuple("a_date", FieldType.DATE, "date"),
                tuple("a_date_time", FieldType.DATE_TIME, "timestamp without time zone"),
                tuple("a_timestamp", FieldType.TIMESTAMP, "timestamp with time zone"),
                tuple("a_time", FieldType.TIME, "time without time zone"),
                tuple("a_json", FieldType.JSON, "json"),
                tuple("a_uuid", FieldType.UUID, "uuid"),
                tuple("a_binary", FieldType.BINARY, "bytea"),
                // hash and csv are Directus 'special' flags on varchar and text columns: the database cannot tell.
                tuple("a_hash", FieldType.STRING, "character varying"),
                tuple("a_csv", FieldType.TEXT, "text"),
                tuple("person", FieldType.INTEGER, "integer"),
                tuple("parent", FieldType.BIG_INTEGER, "bigint"),
                tuple("code", FieldType.STRING, "character varying"));
    }

    @Test
    void defaultsComeBackAsJsonValues() throws SQLException {
        TableSchema table = introspect().table("everything").orElseThrow();
        assertThat(defaultOf(table, "id")).contains("AUTO_INCREMENT");
        assertThat(defaultOf(table, "an_integer")).contains(-7);
        assertThat(defaultOf(table, "a_big_integer")).contains(9_000_000_000L);
        assertThat(defaultOf(table, "a_float")).contains(new BigDecimal("1.5"));
        assertThat(defaultOf(table, "a_decimal")).contains(new BigDecimal("12.345"));
        assertThat(defaultOf(table, "a_default_decimal")).isEmpty();
        assertThat(defaultOf(table, "a_string")).contains("hello");
        assertThat(defaultOf(table, "a_text")).contains("it's");
        assertThat(defaultOf(table, "a_boolean")).contains(true);
        assertThat(defaultOf(table, "a_false_boolean")).contains(false);
        assertThat(defaultOf(table, "a_date")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(table, "a_date_time")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(table, "a_timestamp")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(table, "a_time")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(table, "a_json")).contains("{\"a\": [1, 2]}");
        assertThat(defaultOf(table, "a_uuid")).contains(UUID_VALUE);
        assertThat(defaultOf(table, "a_binary")).isEmpty();
    }

    @Test
    void lengthsPrecisionAndNullability() throws SQLException {
        TableSchema table = introspect().table("everything").orElseThrow();
        assertThat(column(table, "a_string").maxLength()).isEqualTo(OptionalLong.of(42));
        assertThat(column(table, "a_default_string").maxLength()).isEqualTo(OptionalLong.of(255));
        assertThat(column(table, "a_hash").maxLength()).isEqualTo(OptionalLong.of(255));
        assertThat(column(table, "a_text").maxLength()).isEqualTo(OptionalLong.empty());
        assertThat(column(table, "a_decimal").numericPrecision()).isEqualTo(OptionalInt.of(8));
        assertThat(column(table, "a_decimal").numericScale()).isEqualTo(OptionalInt.of(3));
        assertThat(column(table, "a_default_decimal").numericPrecision()).isEqualTo(OptionalInt.of(10));
        assertThat(column(table, "a_default_decimal").numericScale()).isEqualTo(OptionalInt.of(5));
        assertThat(column(table, "a_string").nullable()).isFalse();
        assertThat(column(table, "a_boolean").nullable()).isFalse();
        assertThat(column(table, "a_text").nullable()).isTrue();
        assertThat(column(table, "id").nullable()).isFalse();
    }

    @Test
    void keysUniqueAndIndexFlags() throws SQLException {
        TableSchema table = introspect().table("everything").orElseThrow();
        ColumnSchema id = column(table, "id");
        assertThat(List.of(id.primaryKey(), id.autoIncrement(), id.unique(), id.indexed())).containsOnly(true);
        assertThat(table.primaryKey()).containsExactly("id");

        ColumnSchema string = column(table, "a_string");
        assertThat(List.of(string.primaryKey(), string.unique(), string.indexed()))
            .containsExactly(false, true, true);
        ColumnSchema text = column(table, "a_text");
        assertThat(List.of(text.unique(), text.indexed())).containsExactly(false, true);
        ColumnSchema person = column(table, "person");
        assertThat(List.of(person.unique(), person.indexed())).containsExactly(false, true);
        ColumnSchema json = column(table, "a_json");
        assertThat(List.of(json.primaryKey(), json.unique(), json.indexed(), json.autoIncrement(), json.generated()))
            .containsOnly(false);

        TableSchema codes = introspect().table("codes").orElseThrow();
        assertThat(codes.primaryKey()).containsExactly("code");
        assertThat(column(codes, "code").fieldType()).isEqualTo(FieldType.STRING);
        assertThat(column(codes, "code").autoIncrement()).isFalse();
        assertThat(column(codes, "code").defaultValue()).isEmpty();
        assertThat(column(codes, "code").maxLength()).isEqualTo(OptionalLong.of(20));

        TableSchema tokens = introspect().table("tokens").orElseThrow();
        assertThat(tokens.primaryKey()).containsExactly("id");
        assertThat(column(tokens, "id").fieldType()).isEqualTo(FieldType.UUID);
        assertThat(column(tokens, "id").autoIncrement()).isFalse();
        assertThat(column(tokens, "id").unique()).isTrue();

        TableSchema people = introspect().table("people").orElseThrow();
        assertThat(column(people, "id").fieldType()).isEqualTo(FieldType.INTEGER);
        assertThat(column(people, "id").autoIncrement()).isTrue();
        assertThat(column(people, "name").unique()).isTrue();
    }

    @Test
    void foreignKeysIncludingTheSelfReference() throws SQLException {
        TableSchema table = introspect().table("everything").orElseThrow();
        assertThat(table.foreignKeys()).containsExactly(
            new ForeignKeySchema("everything", "person", "people", "id", Optional.of("everything_person_foreign"),
                ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL, Optional.of("public")),
            new ForeignKeySchema("everything", "parent", "everything", "id", Optional.of("everything_parent_foreign"),
                ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, Optional.of("public")),
            new ForeignKeySchema("everything", "code", "codes", "code", Optional.of("everything_code_foreign"),
                ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, Optional.of("public")));
        assertThat(column(table, "parent").foreignKeyTable()).contains("everything");
        assertThat(column(table, "parent").foreignKeyColumn()).contains("id");
        assertThat(column(table, "a_text").foreignKeyTable()).isEmpty();
    }

    @Test
    void constraintsAndIndexesUseDirectusNames() throws SQLException {
        assertThat(catalogNames("SELECT conname FROM pg_constraint WHERE conrelid = 'everything'::regclass"))
            .containsExactlyInAnyOrder("everything_pkey", "everything_a_string_unique", "everything_person_foreign",
                "everything_parent_foreign", "everything_code_foreign");
        assertThat(catalogNames("SELECT indexname FROM pg_indexes WHERE tablename = 'everything'"))
            .containsExactlyInAnyOrder("everything_pkey", "everything_a_string_unique", "everything_a_text_index",
                "everything_person_index");
    }

    @Test
    void theDefaultsWork() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO people (name) VALUES ('Ada')");
            statement.execute("INSERT INTO everything (person) VALUES (1)");
            try (ResultSet row = statement.executeQuery(
                "SELECT id, an_integer, a_string, a_boolean, a_text, a_uuid, a_timestamp IS NOT NULL FROM everything")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(1L);
                assertThat(row.getInt(2)).isEqualTo(-7);
                assertThat(row.getString(3)).isEqualTo("hello");
                assertThat(row.getBoolean(4)).isTrue();
                assertThat(row.getString(5)).isEqualTo("it's");
                assertThat(row.getString(6)).isEqualTo(UUID_VALUE);
                assertThat(row.getBoolean(7)).isTrue();
            }
            statement.execute("DELETE FROM people");
            try (ResultSet row = statement.executeQuery("SELECT person FROM everything")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1)).as("ON DELETE SET NULL").isNull();
            }
            statement.execute("DELETE FROM everything");
        }
    }

    @Test
    void addColumnAddsItsConstraintsAndIndex() throws SQLException {
        try (Connection connection = database.connect()) {
            backend.createTable(connection, new TableDefinition("notes", List.of(
                ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement())));
            backend.addColumn(connection, "notes", ColumnDefinition.of("title", FieldType.STRING).withMaxLength(80)
                .notNull().withDefault(ColumnDefault.of("untitled")).asIndexed());
            backend.addColumn(connection, "notes", ColumnDefinition.of("slug", FieldType.STRING).asUnique());
            backend.addColumn(connection, "notes", ColumnDefinition.of("code", FieldType.STRING).withMaxLength(20)
                .referencing("codes", "code", ReferentialAction.CASCADE));
        }
        TableSchema notes = introspect().table("notes").orElseThrow();
        assertThat(notes.columns()).extracting(ColumnSchema::name).containsExactly("id", "title", "slug", "code");
        ColumnSchema title = column(notes, "title");
        assertThat(title.fieldType()).isEqualTo(FieldType.STRING);
        assertThat(title.maxLength()).isEqualTo(OptionalLong.of(80));
        assertThat(title.nullable()).isFalse();
        assertThat(title.defaultValue()).contains("untitled");
        assertThat(List.of(title.unique(), title.indexed())).containsExactly(false, true);
        assertThat(List.of(column(notes, "slug").unique(), column(notes, "slug").indexed()))
            .containsExactly(true, true);
        assertThat(notes.foreignKeys()).containsExactly(new ForeignKeySchema("notes", "code", "codes", "code",
            Optional.of("notes_code_foreign"), ReferentialAction.NO_ACTION, ReferentialAction.CASCADE,
            Optional.of("public")));
    }

    @Test
    void functionDefaultsWorkAndReadBackAsDirectusReportsThem() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            backend.createTable(connection, new TableDefinition("stamps", List.of(
                ColumnDefinition.of("id", FieldType.UUID).withDefault(ColumnDefault.randomUuid()).asPrimaryKey(),
                ColumnDefinition.of("at", FieldType.TIMESTAMP).withDefault(ColumnDefault.now(3)))));
            backend.addColumn(connection, "stamps", ColumnDefinition.of("code", FieldType.STRING)
                .withDefault(ColumnDefault.randomUuid()));
            backend.alterColumn(connection, "stamps", ColumnDefinition.of("at", FieldType.TIMESTAMP).notNull()
                .withDefault(ColumnDefault.now(2)));
            statement.execute("INSERT INTO stamps DEFAULT VALUES");
            try (ResultSet row = statement.executeQuery(
                "SELECT id IS NOT NULL, code ~ '^[0-9a-f-]{36}$', at IS NOT NULL FROM stamps")) {
                assertThat(row.next()).isTrue();
                assertThat(List.of(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3))).containsOnly(true);
            }
        }
        TableSchema stamps = introspect().table("stamps").orElseThrow();
        assertThat(defaultOf(stamps, "id")).contains("gen_random_uuid()");
        assertThat(defaultOf(stamps, "code")).contains("gen_random_uuid()");
        assertThat(defaultOf(stamps, "at")).contains("CURRENT_TIMESTAMP(2)");
        assertThat(column(stamps, "at").nullable()).isFalse();
    }

    @Test
    void dropTableRemovesIt() throws SQLException {
        try (Connection connection = database.connect()) {
            backend.createTable(connection, new TableDefinition("doomed", List.of(
                ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement())));
            assertThat(backend.introspect(connection).table("doomed")).isPresent();
            backend.dropTable(connection, "doomed");
            assertThat(backend.introspect(connection).table("doomed")).isEmpty();
        }
    }

    @Test
    void aFailingCreateTableLeavesNothingBehind() throws SQLException {
        TableDefinition broken = new TableDefinition("half_made", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("ghost", FieldType.INTEGER).referencing("no_such_table", "id",
                ReferentialAction.CASCADE)));
        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> backend.createTable(connection, broken))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no_such_table");
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(backend.introspect(connection).table("half_made")).isEmpty();
        }
    }

    @Test
    void createTableJoinsTheCallersTransaction() throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            backend.createTable(connection, new TableDefinition("rolled_back", List.of(
                ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement())));
            assertThat(backend.introspect(connection).table("rolled_back")).isPresent();
            connection.rollback();
            assertThat(backend.introspect(connection).table("rolled_back")).isEmpty();
        }
    }

    private static DatabaseSchema introspect() throws SQLException {
        try (Connection connection = database.connect()) {
            return backend.introspect(connection);
        }
    }

    private static List<String> catalogNames(String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    private static ColumnSchema column(TableSchema table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("missing column " + name));
    }

    private static Optional<Object> defaultOf(TableSchema table, String name) {
        return column(table, name).defaultValue();
    }
}
