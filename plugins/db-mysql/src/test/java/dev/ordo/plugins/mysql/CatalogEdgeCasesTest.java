package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.TableSchema;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalog readings beyond the shared fixture: types, defaults, keys and objects the fixture does not have. */
class CatalogEdgeCasesTest {

    private static MysqlTestDatabase database;
    private static boolean mariaDb;
    private static DatabaseSchema schema;

    @BeforeAll
    static void createObjects() throws SQLException {
        database = MysqlTestDatabase.create();
        try (Connection connection = database.connect()) {
            mariaDb = ConnectedDatabase.of(connection).isMariaDb();
        }
        database.execute(
            "CREATE TABLE pairs (a int NOT NULL, b int NOT NULL, label varchar(20), PRIMARY KEY (a, b))"
                + " COMMENT 'pairs of things'",
            "CREATE TABLE pair_refs (id int PRIMARY KEY, a int, b int, owner int COMMENT 'who owns it',"
                + " x varchar(10), y varchar(10), NAME varchar(10),"
                + " CONSTRAINT pair_refs_pair FOREIGN KEY (a, b) REFERENCES pairs (a, b),"
                + " CONSTRAINT pair_refs_owner FOREIGN KEY (owner) REFERENCES pair_refs (id) ON DELETE SET NULL,"
                + " UNIQUE KEY xy (x, y), KEY by_name (name))",
            "CREATE TABLE kinds ("
                + " big_unsigned bigint unsigned DEFAULT 18446744073709551615,"
                + " small_number tinyint(4) DEFAULT -5,"
                + " flag_unsigned tinyint(1) unsigned DEFAULT '1',"
                + " yes_no bit(1) DEFAULT b'1',"
                + " choice enum('x','y') DEFAULT 'y',"
                + " birth_year year DEFAULT 2020,"
                + " wide double DEFAULT -2e3,"
                + " money decimal(10,5) DEFAULT 2,"
                + " negative decimal(6,2) DEFAULT -0.50,"
                + " precise datetime(3) DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),"
                + " made_at timestamp NULL DEFAULT now(),"
                + " ident char(36) DEFAULT uuid(),"
                + " sum_default int DEFAULT (1 + 2),"
                + " multiline text DEFAULT 'line\\ntwo\\ttab',"
                + " notes mediumtext,"
                + " raw varbinary(16),"
                + " doubled int GENERATED ALWAYS AS (sum_default * 2) VIRTUAL)",
            "CREATE VIEW pair_labels AS SELECT a, b, label FROM pairs");
        if (mariaDb) {
            database.execute(
                "CREATE TABLE documents (id int PRIMARY KEY, body json DEFAULT '{\"a\": [1, 2]}', note longtext)"
                    + " WITH SYSTEM VERSIONING",
                "CREATE SEQUENCE counter");
        }
        schema = introspect();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void readsOnlyTheTablesAndViewsOfTheConnectedDatabase() {
        if (mariaDb) {
            assertThat(schema.tables().keySet())
                .as("system-versioned tables count; sequences do not")
                .containsExactly("documents", "kinds", "pair_labels", "pair_refs", "pairs");
        } else {
            assertThat(schema.tables().keySet()).containsExactly("kinds", "pair_labels", "pair_refs", "pairs");
        }
        assertThat(table("pair_labels").view()).isTrue();
        assertThat(table("pairs").view()).isFalse();
    }

    @Test
    void skipsCompositeForeignKeys() {
        TableSchema refs = table("pair_refs");
        assertThat(refs.foreignKeys()).extracting(ForeignKeySchema::column, ForeignKeySchema::constraintName)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("owner", Optional.of("pair_refs_owner")));
        assertThat(column("pair_refs", "a").foreignKeyTable()).isEmpty();
        assertThat(column("pair_refs", "b").foreignKeyTable()).isEmpty();
        assertThat(column("pair_refs", "owner").foreignKeyTable()).contains("pair_refs");
        assertThat(table("pairs").primaryKey()).containsExactly("a", "b");
        assertThat(column("pairs", "a").primaryKey()).isTrue();
        assertThat(column("pairs", "b").primaryKey()).isTrue();
        assertThat(column("pairs", "a").unique()).as("part of a composite key only").isFalse();
        assertThat(column("pairs", "b").indexed()).as("part of the primary key").isTrue();
    }

    @Test
    void compositeUniqueIndexesMakeNoColumnUnique() {
        assertThat(column("pair_refs", "x").unique()).isFalse();
        assertThat(column("pair_refs", "x").indexed()).isTrue();
        assertThat(column("pair_refs", "y").unique()).isFalse();
        assertThat(column("pair_refs", "y").indexed()).isFalse();
        assertThat(column("pair_refs", "NAME").indexed()).as("index written with another case").isTrue();
        assertThat(column("pair_refs", "id").unique()).isTrue();
    }

    @Test
    void readsComments() {
        assertThat(table("pairs").comment()).contains("pairs of things");
        // The catalog writes "no comment" as an empty string, answered as it is (Directus's MySQL inspector).
        assertThat(table("pair_refs").comment()).contains("");
        assertThat(table("pair_labels").comment()).isEmpty();
        assertThat(column("pair_refs", "owner").comment()).contains("who owns it");
        assertThat(column("pair_refs", "a").comment()).contains("");
    }

    @Test
    void mapsMysqlSpecificTypes() {
        assertType("big_unsigned", "bigint unsigned", FieldType.INTEGER);
        assertType("small_number", "tinyint", FieldType.INTEGER);
        assertType("flag_unsigned", "boolean", FieldType.BOOLEAN);
        assertType("yes_no", "bit", FieldType.BOOLEAN);
        assertType("choice", "enum", FieldType.STRING);
        assertType("birth_year", "year", FieldType.INTEGER);
        assertType("wide", "double", FieldType.FLOAT);
        assertType("money", "decimal", FieldType.DECIMAL);
        assertType("precise", "datetime", FieldType.DATE_TIME);
        assertType("made_at", "timestamp", FieldType.TIMESTAMP);
        assertType("ident", "char", FieldType.STRING);
        assertType("notes", "mediumtext", FieldType.TEXT);
        assertType("raw", "varbinary", FieldType.BINARY);
        assertThat(column("kinds", "raw").maxLength()).isEqualTo(OptionalLong.of(16));
        assertThat(column("kinds", "choice").maxLength()).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void readsDefaultsOfEveryKind() {
        assertThat(defaultOf("big_unsigned")).contains(new BigDecimal("18446744073709551615"));
        assertThat(defaultOf("small_number")).contains(-5);
        assertThat(defaultOf("flag_unsigned")).contains(true);
        assertThat(defaultOf("yes_no")).contains(true);
        assertThat(defaultOf("choice")).contains("y");
        assertThat(defaultOf("birth_year")).contains(2020);
        assertThat(defaultOf("wide")).contains(-2000);
        assertThat(defaultOf("money")).contains(2);
        assertThat(defaultOf("negative")).contains(new BigDecimal("-0.5"));
        assertThat(defaultOf("precise")).as("a precision is kept").contains("CURRENT_TIMESTAMP(3)");
        assertThat(defaultOf("made_at")).contains("CURRENT_TIMESTAMP");
        assertThat(defaultOf("ident")).contains("uuid()");
        assertThat(defaultOf("sum_default")).contains("(1 + 2)");
        assertThat(defaultOf("multiline")).contains("line\ntwo\ttab");
        assertThat(defaultOf("notes")).isEmpty();
    }

    @Test
    void readsGeneratedColumns() {
        ColumnSchema doubled = column("kinds", "doubled");
        assertThat(doubled.generated()).isTrue();
        assertThat(doubled.generationExpression()).hasValueSatisfying(
            expression -> assertThat(expression.replace("`", "").replace(" ", "")).isEqualTo("sum_default*2"));
        assertThat(doubled.defaultValue()).isEmpty();
        assertThat(column("kinds", "sum_default").generated()).isFalse();
    }

    @Test
    void readsMariaDbJsonAsJson() {
        assumeTrue(mariaDb, "MariaDB stores JSON as LONGTEXT with a check");
        ColumnSchema body = column("documents", "body");
        assertThat(body.dataType()).isEqualTo("json");
        assertThat(body.fieldType()).isEqualTo(FieldType.JSON);
        assertThat(body.maxLength()).isEmpty();
        assertThat(body.defaultValue()).contains("{\"a\": [1, 2]}");
        ColumnSchema note = column("documents", "note");
        assertThat(note.dataType()).isEqualTo("longtext");
        assertThat(note.fieldType()).isEqualTo(FieldType.TEXT);
        assertThat(table("documents").primaryKey()).containsExactly("id");
    }

    @Test
    void usesTheSameNumberOfQueriesWhateverTheNumberOfTables() throws SQLException {
        long before = queriesToIntrospect();
        for (int i = 0; i < 30; i++) {
            database.execute("CREATE TABLE extra_" + i + " (id int PRIMARY KEY, ref int, INDEX (ref),"
                + " FOREIGN KEY (ref) REFERENCES pairs (a))");
        }
        long after = queriesToIntrospect();
        for (int i = 0; i < 30; i++) {
            database.execute("DROP TABLE extra_" + i);
        }
        assertThat(after).isEqualTo(before);
        // VERSION(), TABLES, COLUMNS, STATISTICS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS, and on MariaDB CHECK_CONSTRAINTS.
        assertThat(before).isEqualTo(mariaDb ? 7 : 6);
    }

    /** Statements the server counted for one introspection, less the two that read the counter. */
    private static long queriesToIntrospect() throws SQLException {
        try (Connection connection = database.connect()) {
            long before = questions(connection);
            database.backend().introspect(connection);
            return questions(connection) - before - 1;
        }
    }

    private static long questions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
            row.next();
            return row.getLong(2);
        }
    }

    private static void assertType(String name, String dataType, FieldType fieldType) {
        ColumnSchema column = column("kinds", name);
        assertThat(column.dataType()).as(name).isEqualTo(dataType);
        assertThat(column.fieldType()).as(name).isEqualTo(fieldType);
    }

    private static Optional<Object> defaultOf(String name) {
        return column("kinds", name).defaultValue();
    }

    private static DatabaseSchema introspect() throws SQLException {
        try (Connection connection = database.connect()) {
            return database.backend().introspect(connection);
        }
    }

    private static TableSchema table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ColumnSchema column(String table, String name) {
        return table(table).column(name).orElseThrow(() -> new AssertionError("no column " + table + "." + name));
    }
}
