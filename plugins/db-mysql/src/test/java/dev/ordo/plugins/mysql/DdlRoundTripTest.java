package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tables created through the backend read back with the Directus types, flags and defaults they were made with. */
class DdlRoundTripTest {

    private static final TableDefinition TAGS = new TableDefinition("tags", List.of(
        ColumnDefinition.of("code", FieldType.STRING).withMaxLength(20).asPrimaryKey(),
        ColumnDefinition.of("label", FieldType.STRING).notNull()));

    private static final TableDefinition TOKENS = new TableDefinition("tokens", List.of(
        ColumnDefinition.of("id", FieldType.UUID).asPrimaryKey(),
        ColumnDefinition.of("note", FieldType.TEXT)));

    private static final TableDefinition EVENTS = new TableDefinition("events", List.of(
        ColumnDefinition.of("id", FieldType.BIG_INTEGER).asAutoIncrement(),
        ColumnDefinition.of("name", FieldType.STRING)));

    /** One column of each Directus type that has a column, with defaults of each kind, keys and indexes. */
    private static final TableDefinition ITEMS = new TableDefinition("items", List.of(
        ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
        ColumnDefinition.of("big_integer", FieldType.BIG_INTEGER).withDefault(ColumnDefault.of(9_000_000_000L)),
        ColumnDefinition.of("flag", FieldType.BOOLEAN).notNull().withDefault(ColumnDefault.of(true)),
        ColumnDefinition.of("off_flag", FieldType.BOOLEAN).withDefault(ColumnDefault.of(false)),
        ColumnDefinition.of("day", FieldType.DATE).withDefault(ColumnDefault.of("2024-01-31")),
        ColumnDefinition.of("moment", FieldType.DATE_TIME).withDefault(ColumnDefault.now()),
        ColumnDefinition.of("price", FieldType.DECIMAL).withPrecision(8, 3)
            .withDefault(ColumnDefault.of(new BigDecimal("1.250"))),
        ColumnDefinition.of("amount", FieldType.DECIMAL),
        ColumnDefinition.of("ratio", FieldType.FLOAT).withDefault(ColumnDefault.of(2.5)),
        ColumnDefinition.of("count", FieldType.INTEGER).notNull().withDefault(ColumnDefault.of(42)).asIndexed(),
        ColumnDefinition.of("payload", FieldType.JSON).withDefault(ColumnDefault.of("{\"a\": 1}")),
        ColumnDefinition.of("title", FieldType.STRING).withMaxLength(100).notNull()
            .withDefault(ColumnDefault.of("draft")).asUnique(),
        ColumnDefinition.of("body", FieldType.TEXT).withDefault(ColumnDefault.of("hello")),
        ColumnDefinition.of("alarm", FieldType.TIME).withDefault(ColumnDefault.of("08:30:00")),
        ColumnDefinition.of("created", FieldType.TIMESTAMP).withDefault(ColumnDefault.now()),
        ColumnDefinition.of("seen", FieldType.TIMESTAMP).notNull(),
        ColumnDefinition.of("blob", FieldType.BINARY),
        ColumnDefinition.of("token", FieldType.UUID)
            .referencing("tokens", "id", ReferentialAction.CASCADE),
        ColumnDefinition.of("secret", FieldType.HASH),
        ColumnDefinition.of("labels", FieldType.CSV),
        ColumnDefinition.of("spot", FieldType.GEOMETRY_POINT),
        ColumnDefinition.of("tag", FieldType.STRING).withMaxLength(20)
            .referencing("tags", "code", ReferentialAction.RESTRICT),
        ColumnDefinition.of("parent", FieldType.INTEGER).asIndexed()
            .referencing("items", "id", ReferentialAction.SET_NULL)));

    private MysqlTestDatabase database;

    @BeforeEach
    void createTables() throws SQLException {
        database = MysqlTestDatabase.create();
        try (Connection connection = database.connect()) {
            for (TableDefinition table : List.of(TAGS, TOKENS, EVENTS, ITEMS)) {
                database.backend().createTable(connection, table);
            }
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyTypeWithAColumnReadsBackAsTheTypeItWasCreatedWith() throws SQLException {
        TableSchema items = introspect().table("items").orElseThrow();
        Set<FieldType> created = EnumSet.noneOf(FieldType.class);
        for (ColumnDefinition definition : ITEMS.columns()) {
            created.add(definition.type());
            ColumnSchema column = items.column(definition.name()).orElseThrow();
            assertThat(column.fieldType()).as(definition.name()).isEqualTo(readBackType(definition.type()));
            assertThat(column.nullable()).as(definition.name()).isEqualTo(definition.nullable());
            assertThat(column.primaryKey()).as(definition.name()).isEqualTo(definition.primaryKey());
            assertThat(column.autoIncrement()).as(definition.name()).isEqualTo(definition.autoIncrement());
            assertThat(column.generated()).as(definition.name()).isFalse();
        }
        Set<FieldType> withColumns = EnumSet.allOf(FieldType.class);
        withColumns.removeIf(type -> type == FieldType.ALIAS || type == FieldType.UNKNOWN || type.isGeometry());
        assertThat(created).containsAll(withColumns);
        assertThat(items.columns()).extracting(ColumnSchema::name)
            .containsExactlyElementsOf(ITEMS.columns().stream().map(ColumnDefinition::name).toList());
    }

    @Test
    void typesAreCreatedAsDecided() throws SQLException {
        TableSchema items = introspect().table("items").orElseThrow();
        assertThat(items.column("id").orElseThrow().dataType()).isEqualTo("int");
        assertThat(items.column("big_integer").orElseThrow().dataType()).isEqualTo("bigint");
        assertThat(items.column("flag").orElseThrow().dataType()).isEqualTo("boolean");
        assertThat(items.column("price").orElseThrow().numericPrecision()).isEqualTo(OptionalInt.of(8));
        assertThat(items.column("price").orElseThrow().numericScale()).isEqualTo(OptionalInt.of(3));
        assertThat(items.column("amount").orElseThrow().numericPrecision()).isEqualTo(OptionalInt.of(10));
        assertThat(items.column("amount").orElseThrow().numericScale()).isEqualTo(OptionalInt.of(5));
        assertThat(items.column("title").orElseThrow().maxLength()).isEqualTo(OptionalLong.of(100));
        assertThat(items.column("secret").orElseThrow().maxLength()).isEqualTo(OptionalLong.of(255));
        assertThat(items.column("token").orElseThrow().dataType()).isEqualTo("char");
        assertThat(items.column("token").orElseThrow().maxLength()).isEqualTo(OptionalLong.of(36));
        assertThat(items.column("labels").orElseThrow().dataType()).isEqualTo("text");
        assertThat(items.column("payload").orElseThrow().dataType()).isEqualTo("json");
        assertThat(items.column("blob").orElseThrow().dataType()).isEqualTo("blob");
        assertThat(items.column("spot").orElseThrow().dataType()).isEqualTo("point");
        assertThat(items.details()).containsEntry("engine", "InnoDB").containsEntry("collation", "utf8mb4_unicode_ci");

        TableSchema events = introspect().table("events").orElseThrow();
        ColumnSchema eventId = events.column("id").orElseThrow();
        assertThat(eventId.fieldType()).isEqualTo(FieldType.BIG_INTEGER);
        assertThat(eventId.dataType()).as("signed, so foreign keys to it are plain bigint").isEqualTo("bigint");
        assertThat(eventId.autoIncrement()).isTrue();
        assertThat(eventId.defaultValue()).contains("AUTO_INCREMENT");
        assertThat(events.primaryKey()).containsExactly("id");
    }

    @Test
    void defaultsReadBackAsJsonValues() throws SQLException {
        TableSchema items = introspect().table("items").orElseThrow();
        assertThat(defaultOf(items, "id")).contains("AUTO_INCREMENT");
        assertThat(defaultOf(items, "big_integer")).contains(9_000_000_000L);
        assertThat(defaultOf(items, "flag")).contains(true);
        assertThat(defaultOf(items, "off_flag")).contains(false);
        assertThat(defaultOf(items, "day")).contains("2024-01-31");
        assertThat(defaultOf(items, "moment")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(items, "price")).contains(new BigDecimal("1.25"));
        assertThat(defaultOf(items, "amount")).isEmpty();
        assertThat(defaultOf(items, "ratio")).contains(new BigDecimal("2.5"));
        assertThat(defaultOf(items, "count")).contains(42);
        assertThat(defaultOf(items, "payload")).contains("{\"a\": 1}");
        assertThat(defaultOf(items, "title")).contains("draft");
        assertThat(defaultOf(items, "body")).contains("hello");
        assertThat(defaultOf(items, "alarm")).contains("08:30:00");
        assertThat(defaultOf(items, "created")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(items, "seen")).isEmpty();
        assertThat(defaultOf(items, "parent")).isEmpty();
    }

    @Test
    void uniqueIndexedAndForeignKeysReadBack() throws SQLException {
        DatabaseSchema schema = introspect();
        TableSchema items = schema.table("items").orElseThrow();
        assertThat(items.primaryKey()).containsExactly("id");

        ColumnSchema id = items.column("id").orElseThrow();
        assertThat(List.of(id.unique(), id.indexed())).containsExactly(true, true);
        ColumnSchema title = items.column("title").orElseThrow();
        assertThat(List.of(title.unique(), title.indexed())).containsExactly(true, true);
        ColumnSchema count = items.column("count").orElseThrow();
        assertThat(List.of(count.unique(), count.indexed())).containsExactly(false, true);
        ColumnSchema body = items.column("body").orElseThrow();
        assertThat(List.of(body.unique(), body.indexed())).containsExactly(false, false);

        ColumnSchema parent = items.column("parent").orElseThrow();
        assertThat(parent.foreignKeyTable()).contains("items");
        assertThat(parent.foreignKeyColumn()).contains("id");
        assertThat(items.foreignKeys()).containsExactlyInAnyOrder(
            new ForeignKeySchema("items", "parent", "items", "id", Optional.of("items_parent_foreign"),
                ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL),
            new ForeignKeySchema("items", "tag", "tags", "code", Optional.of("items_tag_foreign"),
                ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT),
            new ForeignKeySchema("items", "token", "tokens", "id", Optional.of("items_token_foreign"),
                ReferentialAction.NO_ACTION, ReferentialAction.CASCADE));

        // InnoDB indexes a foreign key itself unless an index already starts with its column (parent's does).
        assertThat(indexNames("items")).containsExactlyInAnyOrder("PRIMARY", "items_title_unique",
            "items_count_index", "items_parent_index", "items_tag_foreign", "items_token_foreign");

        TableSchema tags = schema.table("tags").orElseThrow();
        ColumnSchema code = tags.column("code").orElseThrow();
        assertThat(code.fieldType()).isEqualTo(FieldType.STRING);
        assertThat(List.of(code.primaryKey(), code.unique(), code.indexed(), code.nullable()))
            .containsExactly(true, true, true, false);
        assertThat(code.maxLength()).isEqualTo(OptionalLong.of(20));

        TableSchema tokens = schema.table("tokens").orElseThrow();
        ColumnSchema tokenId = tokens.column("id").orElseThrow();
        assertThat(tokenId.fieldType()).as("char(36) is a string to the backend").isEqualTo(FieldType.STRING);
        assertThat(List.of(tokenId.primaryKey(), tokenId.unique(), tokenId.autoIncrement()))
            .containsExactly(true, true, false);
        assertThat(tokenId.defaultValue()).isEmpty();
    }

    @Test
    void createdTablesBehaveAsDeclared() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO tags (code, label) VALUES ('java', 'Java')");
            statement.execute("INSERT INTO items (seen, tag) VALUES ('2024-05-01 10:00:00', 'java')");
            statement.execute("INSERT INTO items (seen, title, parent) VALUES ('2024-05-01 10:00:00', 'second', 1)");
            assertThatThrownBy(() -> statement.execute("INSERT INTO items (seen) VALUES (NOW())"))
                .as("unique title, which defaults to draft").isInstanceOf(SQLException.class);
            try (ResultSet row = statement.executeQuery(
                "SELECT flag, off_flag, count, title, price, created IS NOT NULL FROM items WHERE id = 1")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(1);
                assertThat(row.getInt(2)).isZero();
                assertThat(row.getInt(3)).isEqualTo(42);
                assertThat(row.getString(4)).isEqualTo("draft");
                assertThat(row.getBigDecimal(5)).isEqualByComparingTo("1.25");
                assertThat(row.getBoolean(6)).isTrue();
            }
            assertThatThrownBy(() -> statement.execute("DELETE FROM tags WHERE code = 'java'"))
                .as("ON DELETE RESTRICT").isInstanceOf(SQLException.class);
            statement.execute("UPDATE items SET tag = NULL WHERE id = 1");
            statement.execute("DELETE FROM items WHERE id = 1");
            try (ResultSet row = statement.executeQuery("SELECT parent FROM items WHERE id = 2")) {
                assertThat(row.next()).isTrue();
                row.getInt(1);
                assertThat(row.wasNull()).as("ON DELETE SET NULL").isTrue();
            }
        }
    }

    @Test
    void addsColumnsWithTheirKeysAndDefaults() throws SQLException {
        try (Connection connection = database.connect()) {
            database.backend().addColumn(connection, "tags", ColumnDefinition.of("rank", FieldType.INTEGER)
                .notNull().withDefault(ColumnDefault.of(7)).asUnique());
            database.backend().addColumn(connection, "tags", ColumnDefinition.of("item", FieldType.INTEGER)
                .asIndexed().referencing("items", "id", ReferentialAction.CASCADE));
            database.backend().addColumn(connection, "tags", ColumnDefinition.of("visible", FieldType.BOOLEAN)
                .withDefault(ColumnDefault.of(false)));
            database.backend().addColumn(connection, "events", ColumnDefinition.of("at", FieldType.TIMESTAMP)
                .withDefault(ColumnDefault.now()));
        }
        DatabaseSchema schema = introspect();
        TableSchema tags = schema.table("tags").orElseThrow();
        assertThat(tags.columns()).extracting(ColumnSchema::name).containsExactly("code", "label", "rank", "item", "visible");
        ColumnSchema rank = tags.column("rank").orElseThrow();
        assertThat(List.of(rank.unique(), rank.indexed(), rank.nullable())).containsExactly(true, true, false);
        assertThat(rank.defaultValue()).contains(7);
        ColumnSchema item = tags.column("item").orElseThrow();
        assertThat(item.foreignKeyTable()).contains("items");
        assertThat(item.indexed()).isTrue();
        assertThat(tags.foreignKeys()).containsExactly(new ForeignKeySchema("tags", "item", "items", "id",
            Optional.of("tags_item_foreign"), ReferentialAction.NO_ACTION, ReferentialAction.CASCADE));
        assertThat(tags.column("visible").orElseThrow().fieldType()).isEqualTo(FieldType.BOOLEAN);
        assertThat(tags.column("visible").orElseThrow().defaultValue()).contains(false);
        ColumnSchema at = schema.table("events").orElseThrow().column("at").orElseThrow();
        assertThat(at.fieldType()).isEqualTo(FieldType.TIMESTAMP);
        assertThat(at.defaultValue()).contains("CURRENT_TIMESTAMP");
        assertThat(at.nullable()).isTrue();
    }

    @Test
    void aRandomUuidDefaultIsRefusedAsTheServerHasNoGenRandomUuid() throws SQLException {
        ColumnDefinition key = ColumnDefinition.of("id", FieldType.UUID).withDefault(ColumnDefault.randomUuid())
            .asPrimaryKey();
        ColumnDefinition code = ColumnDefinition.of("code", FieldType.UUID).withDefault(ColumnDefault.randomUuid());
        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> database.backend().createTable(connection, new TableDefinition("keyed",
                List.of(key)))).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> database.backend().addColumn(connection, "events", code))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> database.backend().alterColumn(connection, "events",
                ColumnDefinition.of("name", FieldType.STRING).withDefault(ColumnDefault.randomUuid())))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
        }
        DatabaseSchema schema = introspect();
        assertThat(schema.table("keyed")).isEmpty();
        assertThat(schema.table("events").orElseThrow().column("code")).isEmpty();
        assertThat(defaultOf(schema.table("events").orElseThrow(), "name")).isEmpty();
    }

    @Test
    void mariaDbCutsTheCurrentTimesPrecisionToTheColumns() throws SQLException {
        try (Connection connection = database.connect()) {
            assumeTrue(database.backend().vendor(connection).equals("mariadb"), "MySQL refuses a different precision");
            database.backend().addColumn(connection, "events", ColumnDefinition.of("at", FieldType.TIMESTAMP)
                .withDefault(ColumnDefault.now(3)));
        }
        assertThat(defaultOf(introspect().table("events").orElseThrow(), "at")).contains("CURRENT_TIMESTAMP");
    }

    @Test
    void addsAnAutoIncrementPrimaryKeyToATableWithout() throws SQLException {
        database.execute("CREATE TABLE bare (note text)");
        try (Connection connection = database.connect()) {
            database.backend().addColumn(connection, "bare", ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement());
        }
        TableSchema bare = introspect().table("bare").orElseThrow();
        assertThat(bare.primaryKey()).containsExactly("id");
        assertThat(bare.column("id").orElseThrow().autoIncrement()).isTrue();
    }

    @Test
    void dropsTablesEvenWhenOtherTablesReferToThem() throws SQLException {
        try (Connection connection = database.connect()) {
            database.backend().dropTable(connection, "tags");
            database.backend().dropTable(connection, "tokens");
        }
        DatabaseSchema afterFirst = introspect();
        assertThat(afterFirst.tables().keySet()).containsExactly("events", "items");
        TableSchema items = afterFirst.table("items").orElseThrow();
        assertThat(items.foreignKeys()).extracting(ForeignKeySchema::column).containsExactly("parent");
        assertThat(items.column("tag").orElseThrow().foreignKeyTable()).isEmpty();

        try (Connection connection = database.connect()) {
            database.backend().dropTable(connection, "items");
            database.backend().dropTable(connection, "events");
        }
        assertThat(introspect().tables()).isEmpty();
    }

    @Test
    void longConstraintNamesAreShortenedToFitTheServer() throws SQLException {
        String table = "a_table_with_a_rather_long_name_for_testing";
        String column = "and_a_column_with_a_long_name";
        try (Connection connection = database.connect()) {
            database.backend().createTable(connection, new TableDefinition(table, List.of(
                ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
                ColumnDefinition.of(column, FieldType.INTEGER).asUnique().asIndexed()
                    .referencing(table, "id", ReferentialAction.CASCADE))));
        }
        TableSchema created = introspect().table(table).orElseThrow();
        ForeignKeySchema key = created.foreignKeys().get(0);
        assertThat(key.constraintName()).hasValueSatisfying(name -> {
            assertThat(name).hasSize(64).startsWith(table + "_and_a_col").matches(".*_[0-9a-f]{8}");
        });
        assertThat(created.column(column).orElseThrow().unique()).isTrue();
        assertThat(indexNames(table)).contains(Identifiers.constraintName(table, column, "unique"),
                Identifiers.constraintName(table, column, "index"))
            .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(64));
    }

    private DatabaseSchema introspect() throws SQLException {
        try (Connection connection = database.connect()) {
            return database.backend().introspect(connection);
        }
    }

    private static Optional<Object> defaultOf(TableSchema table, String column) {
        return table.column(column).orElseThrow().defaultValue();
    }

    /** What a type reads back as to the backend: hash and csv need their flags, a uuid is a char(36) string. */
    private static FieldType readBackType(FieldType created) {
        return switch (created) {
            case HASH, UUID -> FieldType.STRING;
            case CSV -> FieldType.TEXT;
            default -> created;
        };
    }

    private List<String> indexNames(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connect();
             var statement = connection.prepareStatement("SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS"
                 + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString(1));
                }
            }
        }
        return names;
    }
}
