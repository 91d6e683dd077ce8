package dev.ordo.plugins.sqlite;

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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables created through the backend must introspect back with the Directus types, flags and defaults. */
class DdlRoundTripTest {

    /** Every Directus type that has a column (geometry needs SpatiaLite, which Ordo does not load). */
    private static final List<FieldType> COLUMN_TYPES = Arrays.stream(FieldType.values())
        .filter(type -> type != FieldType.ALIAS && type != FieldType.UNKNOWN && !type.isGeometry())
        .toList();

    private final SqliteBackend backend = new SqliteBackend();
    private Connection connection;

    @BeforeEach
    void open(@TempDir Path folder) throws SQLException {
        connection = TestDatabase.open(backend, folder.resolve("ddl.db"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /**
     * What introspection reads back for a created type. Like in Directus, uuid (char(36)), hash (varchar(255))
     * and csv (text) columns come back as their storage type; the data module makes them uuid fields again
     * (a char(36) is read as one) and hash and csv fields by their special flag ({@code hash}, {@code cast-csv}).
     */
    private static FieldType readBack(FieldType created) {
        return switch (created) {
            case UUID, HASH -> FieldType.STRING;
            case CSV -> FieldType.TEXT;
            default -> created;
        };
    }

    @Test
    void everyColumnTypeComesBackAsTheDirectusTypeItWasCreatedWith() throws SQLException {
        List<ColumnDefinition> columns = new ArrayList<>();
        columns.add(ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement());
        COLUMN_TYPES.forEach(type -> columns.add(ColumnDefinition.of("c_" + type.id(), type)));
        backend.createTable(connection, new TableDefinition("every_type", columns));

        TableSchema table = introspect().table("every_type").orElseThrow();
        assertThat(table.columns()).hasSize(COLUMN_TYPES.size() + 1);
        for (FieldType type : COLUMN_TYPES) {
            ColumnSchema column = table.column("c_" + type.id()).orElseThrow();
            assertThat(column.fieldType()).as(type.id()).isEqualTo(readBack(type));
            assertThat(column.nullable()).as(type.id()).isTrue();
            assertThat(column.primaryKey() || column.unique() || column.indexed() || column.autoIncrement())
                .as(type.id()).isFalse();
            assertThat(column.defaultValue()).as(type.id()).isEmpty();
        }
        assertThat(table.columns()).extracting(ColumnSchema::name, ColumnSchema::dataType).contains(
            tuple("c_uuid", "char"),
            tuple("c_hash", "varchar"),
            tuple("c_decimal", "decimal"),
            tuple("c_binary", "blob"));
        assertThat(table.column("c_string").orElseThrow().maxLength()).isEqualTo(OptionalLong.of(255));
        assertThat(table.column("c_hash").orElseThrow().maxLength()).isEqualTo(OptionalLong.of(255));
        assertThat(table.column("c_uuid").orElseThrow().maxLength()).isEqualTo(OptionalLong.of(36));
        ColumnSchema decimal = table.column("c_decimal").orElseThrow();
        assertThat(decimal.numericPrecision()).isEqualTo(OptionalInt.of(10));
        assertThat(decimal.numericScale()).isEqualTo(OptionalInt.of(5));
    }

    @Test
    void keysFlagsAndDefaultsComeBack() throws SQLException {
        backend.createTable(connection, new TableDefinition("authors", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement())));
        backend.createTable(connection, new TableDefinition("articles", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("title", FieldType.STRING).withMaxLength(120).notNull()
                .withDefault(ColumnDefault.of("untitled")),
            ColumnDefinition.of("slug", FieldType.STRING).asUnique(),
            ColumnDefinition.of("category", FieldType.STRING).withMaxLength(40).asIndexed(),
            ColumnDefinition.of("views", FieldType.INTEGER).notNull().withDefault(ColumnDefault.of(0)),
            ColumnDefinition.of("big_views", FieldType.BIG_INTEGER).withDefault(ColumnDefault.of(9_000_000_000L)),
            ColumnDefinition.of("price", FieldType.DECIMAL).withPrecision(8, 2)
                .withDefault(ColumnDefault.of(new BigDecimal("12.5"))),
            ColumnDefinition.of("ratio", FieldType.FLOAT).withDefault(ColumnDefault.of(-0.25d)),
            ColumnDefinition.of("published", FieldType.BOOLEAN).notNull().withDefault(ColumnDefault.of(false)),
            ColumnDefinition.of("featured", FieldType.BOOLEAN).withDefault(ColumnDefault.of(true)),
            ColumnDefinition.of("created_at", FieldType.TIMESTAMP).withDefault(ColumnDefault.now()),
            ColumnDefinition.of("updated_at", FieldType.DATE_TIME).withDefault(ColumnDefault.now()),
            ColumnDefinition.of("publish_on", FieldType.DATE).withDefault(ColumnDefault.of("2024-01-31")),
            ColumnDefinition.of("settings", FieldType.JSON).withDefault(ColumnDefault.of("{\"a\":1}")),
            ColumnDefinition.of("author", FieldType.INTEGER)
                .referencing("authors", "id", ReferentialAction.SET_NULL).asIndexed(),
            ColumnDefinition.of("parent", FieldType.INTEGER)
                .referencing("articles", "id", ReferentialAction.CASCADE))));

        TableSchema articles = introspect().table("articles").orElseThrow();
        assertThat(articles.primaryKey()).containsExactly("id");
        ColumnSchema id = articles.column("id").orElseThrow();
        assertThat(id.fieldType()).isEqualTo(FieldType.INTEGER);
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.primaryKey()).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(id.unique()).isTrue();
        assertThat(id.indexed()).isTrue();
        assertThat(id.defaultValue()).contains("AUTO_INCREMENT");

        assertThat(defaultOf(articles, "title")).contains("untitled");
        assertThat(articles.column("title").orElseThrow().nullable()).isFalse();
        assertThat(articles.column("title").orElseThrow().maxLength()).isEqualTo(OptionalLong.of(120));
        assertThat(defaultOf(articles, "views")).contains(0);
        assertThat(defaultOf(articles, "big_views")).contains(9_000_000_000L);
        assertThat(defaultOf(articles, "price")).contains(new BigDecimal("12.5"));
        assertThat(articles.column("price").orElseThrow().numericPrecision()).isEqualTo(OptionalInt.of(8));
        assertThat(articles.column("price").orElseThrow().numericScale()).isEqualTo(OptionalInt.of(2));
        assertThat(defaultOf(articles, "ratio")).contains(new BigDecimal("-0.25"));
        assertThat(defaultOf(articles, "published")).contains(false);
        assertThat(defaultOf(articles, "featured")).contains(true);
        assertThat(defaultOf(articles, "created_at")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(articles, "updated_at")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf(articles, "publish_on")).contains("2024-01-31");
        assertThat(defaultOf(articles, "settings")).contains("{\"a\":1}");

        ColumnSchema slug = articles.column("slug").orElseThrow();
        assertThat(slug.unique()).isTrue();
        assertThat(slug.indexed()).isTrue();
        ColumnSchema category = articles.column("category").orElseThrow();
        assertThat(category.unique()).isFalse();
        assertThat(category.indexed()).isTrue();
        assertThat(articles.column("views").orElseThrow().indexed()).isFalse();

        assertThat(articles.column("author").orElseThrow().foreignKeyTable()).contains("authors");
        assertThat(articles.column("author").orElseThrow().foreignKeyColumn()).contains("id");
        assertThat(articles.column("author").orElseThrow().indexed()).isTrue();
        assertThat(articles.column("parent").orElseThrow().foreignKeyTable()).contains("articles");
        assertThat(articles.foreignKeys()).extracting(ForeignKeySchema::column, ForeignKeySchema::foreignKeyTable,
                ForeignKeySchema::foreignKeyColumn, ForeignKeySchema::onUpdate, ForeignKeySchema::onDelete)
            .containsExactly(
                tuple("author", "authors", "id", ReferentialAction.NO_ACTION,
                    ReferentialAction.SET_NULL),
                tuple("parent", "articles", "id", ReferentialAction.NO_ACTION,
                    ReferentialAction.CASCADE));

        assertThat(TestDatabase.strings(connection,
            "select name from sqlite_master where type = 'index' and tbl_name = 'articles' order by name"))
            .containsExactly("articles_author_index", "articles_category_index", "articles_slug_unique");
        assertThat(articles.details().get("sql"))
            .contains("constraint \"articles_author_foreign\" references \"authors\" (\"id\")"
                + " on update no action on delete set null")
            .contains("constraint \"articles_parent_foreign\" references \"articles\" (\"id\")");
    }

    @Test
    void createdConstraintsAreEnforced() throws SQLException {
        backend.createTable(connection, new TableDefinition("authors", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement())));
        backend.createTable(connection, new TableDefinition("articles", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("slug", FieldType.STRING).asUnique(),
            ColumnDefinition.of("author", FieldType.INTEGER).referencing("authors", "id", ReferentialAction.SET_NULL),
            ColumnDefinition.of("parent", FieldType.INTEGER)
                .referencing("articles", "id", ReferentialAction.CASCADE))));
        TestDatabase.execute(connection, "insert into authors (id) values (1)");
        TestDatabase.execute(connection, "insert into articles (id, slug, author) values (1, 'a', 1)");
        TestDatabase.execute(connection, "insert into articles (id, slug, parent) values (2, 'b', 1)");

        assertThatThrownBy(() -> TestDatabase.execute(connection, "insert into articles (slug) values ('a')"))
            .hasMessageContaining("UNIQUE");
        assertThatThrownBy(() -> TestDatabase.execute(connection, "insert into articles (author) values (99)"))
            .hasMessageContaining("FOREIGN KEY");
        TestDatabase.execute(connection, "delete from authors where id = 1");
        assertThat(TestDatabase.strings(connection, "select coalesce(author, 'null') from articles where id = 1"))
            .containsExactly("null");
        TestDatabase.execute(connection, "delete from articles where id = 1");
        assertThat(TestDatabase.strings(connection, "select count(*) from articles")).containsExactly("0");
    }

    @Test
    void keyTablesOfOtherTypes() throws SQLException {
        backend.createTable(connection, new TableDefinition("uuid_items", List.of(
            ColumnDefinition.of("id", FieldType.UUID).asPrimaryKey(),
            ColumnDefinition.of("note", FieldType.TEXT))));
        backend.createTable(connection, new TableDefinition("tags", List.of(
            ColumnDefinition.of("code", FieldType.STRING).withMaxLength(20).asPrimaryKey())));
        backend.createTable(connection, new TableDefinition("big_items", List.of(
            ColumnDefinition.of("id", FieldType.BIG_INTEGER).asAutoIncrement())));
        DatabaseSchema schema = introspect();

        ColumnSchema uuid = schema.table("uuid_items").orElseThrow().column("id").orElseThrow();
        // char(36) is a string column to the backend, as in Directus; the data module reads it as a uuid.
        assertThat(uuid.fieldType()).isEqualTo(FieldType.STRING);
        assertThat(uuid.maxLength()).isEqualTo(OptionalLong.of(36));
        assertKeyWithoutAutoIncrement(uuid);
        assertThat(schema.table("uuid_items").orElseThrow().primaryKey()).containsExactly("id");

        ColumnSchema code = schema.table("tags").orElseThrow().column("code").orElseThrow();
        assertThat(code.fieldType()).isEqualTo(FieldType.STRING);
        assertThat(code.maxLength()).isEqualTo(OptionalLong.of(20));
        assertKeyWithoutAutoIncrement(code);

        // SQLite's only auto-increment column is the rowid alias INTEGER PRIMARY KEY, so a bigInteger key
        // is created as one and reads back as an auto-increment integer.
        ColumnSchema big = schema.table("big_items").orElseThrow().column("id").orElseThrow();
        assertThat(big.fieldType()).isEqualTo(FieldType.INTEGER);
        assertThat(big.autoIncrement()).isTrue();
        assertThat(big.defaultValue()).contains("AUTO_INCREMENT");
        assertThat(big.primaryKey()).isTrue();
    }

    private static void assertKeyWithoutAutoIncrement(ColumnSchema column) {
        assertThat(column.primaryKey()).isTrue();
        assertThat(column.autoIncrement()).isFalse();
        assertThat(column.nullable()).isFalse();
        assertThat(column.unique()).isTrue();
        assertThat(column.indexed()).isTrue();
        assertThat(column.defaultValue()).isEmpty();
    }

    @Test
    void addColumnAddsTheColumnWithItsIndexesAndForeignKey() throws SQLException {
        backend.createTable(connection, new TableDefinition("authors", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement())));
        TestDatabase.execute(connection, "insert into authors default values");

        backend.addColumn(connection, "authors", ColumnDefinition.of("email", FieldType.STRING).asUnique());
        backend.addColumn(connection, "authors", ColumnDefinition.of("country", FieldType.STRING).withMaxLength(2)
            .asIndexed());
        backend.addColumn(connection, "authors", ColumnDefinition.of("active", FieldType.BOOLEAN).notNull()
            .withDefault(ColumnDefault.of(true)));
        backend.addColumn(connection, "authors", ColumnDefinition.of("mentor", FieldType.INTEGER)
            .referencing("authors", "id", ReferentialAction.SET_NULL));

        TableSchema authors = introspect().table("authors").orElseThrow();
        assertThat(authors.columns()).extracting(ColumnSchema::name)
            .containsExactly("id", "email", "country", "active", "mentor");
        ColumnSchema email = authors.column("email").orElseThrow();
        assertThat(email.fieldType()).isEqualTo(FieldType.STRING);
        assertThat(email.unique()).isTrue();
        assertThat(email.indexed()).isTrue();
        ColumnSchema country = authors.column("country").orElseThrow();
        assertThat(country.maxLength()).isEqualTo(OptionalLong.of(2));
        assertThat(country.unique()).isFalse();
        assertThat(country.indexed()).isTrue();
        ColumnSchema active = authors.column("active").orElseThrow();
        assertThat(active.fieldType()).isEqualTo(FieldType.BOOLEAN);
        assertThat(active.nullable()).isFalse();
        assertThat(active.defaultValue()).contains(true);
        assertThat(authors.column("mentor").orElseThrow().foreignKeyTable()).contains("authors");
        assertThat(authors.foreignKeys()).singleElement().satisfies(key -> {
            assertThat(key.column()).isEqualTo("mentor");
            assertThat(key.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        });
        assertThat(TestDatabase.strings(connection, "select active from authors")).containsExactly("1");
        assertThat(TestDatabase.strings(connection,
            "select name from sqlite_master where type = 'index' and tbl_name = 'authors' order by name"))
            .containsExactly("authors_country_index", "authors_email_unique");
    }

    @Test
    void addColumnRefusesWhatSqliteCannotAdd() throws SQLException {
        backend.createTable(connection, new TableDefinition("items", List.of(
            ColumnDefinition.of("name", FieldType.STRING))));
        TestDatabase.execute(connection, "insert into items (name) values ('first')");
        assertThatThrownBy(() -> backend.addColumn(connection, "items",
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("SQLite cannot add a primary key column to an existing table: items.id");
        assertThatThrownBy(() -> backend.addColumn(connection, "items",
            ColumnDefinition.of("code", FieldType.STRING).notNull()))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("NOT NULL");
        assertThat(introspect().table("items").orElseThrow().columns()).extracting(ColumnSchema::name)
            .containsExactly("name");
    }

    @Test
    void aColumnDefaultingToTheCurrentTimeIsAddedWithTheRowsGivenTheTime() throws SQLException {
        backend.createTable(connection, new TableDefinition("items", List.of(
            ColumnDefinition.of("name", FieldType.STRING))));
        TestDatabase.execute(connection, "insert into items (name) values ('first')");

        backend.addColumn(connection, "items",
            ColumnDefinition.of("added_at", FieldType.TIMESTAMP).withDefault(ColumnDefault.now()).notNull());
        TestDatabase.execute(connection, "insert into items (name) values ('second')");

        ColumnSchema added = introspect().table("items").orElseThrow().column("added_at").orElseThrow();
        assertThat(added.nullable()).isFalse();
        assertThat(added.defaultValue()).contains("CURRENT_TIMESTAMP");
        assertThat(TestDatabase.strings(connection, "select name || ' ' || (added_at like '____-__-__ __:__:__') "
            + "from items order by name")).containsExactly("first 1", "second 1");
    }

    @Test
    void functionDefaultsSqliteHasNoSqlForAreRefusedBeforeAnythingRuns() throws SQLException {
        backend.createTable(connection, new TableDefinition("items", List.of(
            ColumnDefinition.of("name", FieldType.STRING))));
        assertThatThrownBy(() -> backend.createTable(connection, new TableDefinition("keyed", List.of(
            ColumnDefinition.of("id", FieldType.UUID).withDefault(ColumnDefault.randomUuid()).asPrimaryKey()))))
            .isInstanceOf(SQLFeatureNotSupportedException.class)
            .hasMessageContaining("gen_random_uuid()");
        assertThatThrownBy(() -> backend.addColumn(connection, "items",
            ColumnDefinition.of("at", FieldType.TIMESTAMP).withDefault(ColumnDefault.now(3))))
            .isInstanceOf(SQLFeatureNotSupportedException.class)
            .hasMessageContaining("precision");
        assertThatThrownBy(() -> backend.alterColumn(connection, "items",
            ColumnDefinition.of("name", FieldType.STRING).withDefault(ColumnDefault.randomUuid())))
            .isInstanceOf(SQLFeatureNotSupportedException.class);
        DatabaseSchema schema = introspect();
        assertThat(schema.tables().keySet()).containsExactly("items");
        assertThat(schema.table("items").orElseThrow().columns()).extracting(ColumnSchema::name)
            .containsExactly("name");
        assertThat(defaultOf(schema.table("items").orElseThrow(), "name")).isEmpty();
    }

    @Test
    void dropTableRemovesTheTableAndItsIndexes() throws SQLException {
        backend.createTable(connection, new TableDefinition("doomed", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("code", FieldType.STRING).asUnique(),
            ColumnDefinition.of("label", FieldType.STRING).asIndexed())));
        backend.createTable(connection, new TableDefinition("kept", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement())));

        backend.dropTable(connection, "doomed");

        assertThat(introspect().tables().keySet()).containsExactly("kept");
        assertThat(TestDatabase.strings(connection, "select name from sqlite_master where tbl_name = 'doomed'"))
            .isEmpty();
    }

    @Test
    void aFailedCreateTableLeavesNothingBehind() throws SQLException {
        backend.createTable(connection, new TableDefinition("x_y", List.of(
            ColumnDefinition.of("z", FieldType.STRING).asUnique())));
        // Its unique index would be named x_y_z_unique too, so the second statement fails.
        TableDefinition clashing = new TableDefinition("x", List.of(
            ColumnDefinition.of("y_z", FieldType.STRING).asUnique()));

        assertThatThrownBy(() -> backend.createTable(connection, clashing))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("x_y_z_unique");
        assertThat(introspect().tables().keySet()).containsExactly("x_y");
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void invalidDefinitionsAreRefusedBeforeAnythingRuns() throws SQLException {
        assertThatThrownBy(() -> backend.createTable(connection, new TableDefinition("d", List.of(
            ColumnDefinition.of("d", FieldType.DECIMAL).withPrecision(4, 6)))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("decimal(4,6) is not a valid type for d: the precision must be at least 1 and the scale"
                + " between 0 and the precision");
        assertThatThrownBy(() -> backend.createTable(connection, new TableDefinition("g", List.of(
            ColumnDefinition.of("shape", FieldType.GEOMETRY_POINT)))))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("SpatiaLite");
        assertThat(introspect().tables()).isEmpty();
    }

    private DatabaseSchema introspect() throws SQLException {
        return backend.introspect(connection);
    }

    private static Optional<Object> defaultOf(TableSchema table, String column) {
        return table.column(column).orElseThrow().defaultValue();
    }
}
