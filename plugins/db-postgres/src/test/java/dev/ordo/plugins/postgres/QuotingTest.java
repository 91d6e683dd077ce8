package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names and string defaults containing quotes, semicolons and backslashes are taken literally. */
class QuotingTest {

    private static final String TABLE = "o\"k'; DROP TABLE victims; --";
    private static final String KEY = "i\"d";
    private static final String COLUMN = "co\"l'; --";
    private static final String TRICKY_DEFAULT = "it's a \"quote\"'); DROP TABLE victims; -- \\ and \\' too";

    private static TestDatabase database;
    private static PostgresBackend backend;

    @BeforeAll
    static void createTables() throws SQLException {
        database = TestDatabase.create();
        backend = database.backend();
        database.runScript("CREATE TABLE victims (id integer PRIMARY KEY);\nINSERT INTO victims VALUES (1);\n");
        try (Connection connection = database.connect()) {
            backend.createTable(connection, new TableDefinition(TABLE, List.of(
                ColumnDefinition.of(KEY, FieldType.INTEGER).asAutoIncrement(),
                ColumnDefinition.of(COLUMN, FieldType.STRING).withDefault(ColumnDefault.of(TRICKY_DEFAULT)).asUnique(),
                ColumnDefinition.of("plain\"index", FieldType.TEXT).asIndexed(),
                ColumnDefinition.of("parent\"", FieldType.INTEGER).referencing(TABLE, KEY, ReferentialAction.SET_NULL))));
            backend.addColumn(connection, TABLE, ColumnDefinition.of("added'\"", FieldType.TEXT)
                .withDefault(ColumnDefault.of("''")));
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void namesWithQuotesAreKeptExactly() throws SQLException {
        DatabaseSchema schema = introspect();
        assertThat(schema.tables().keySet()).containsExactly(TABLE, "victims");
        TableSchema table = schema.table(TABLE).orElseThrow();
        assertThat(table.columns()).extracting(ColumnSchema::name)
            .containsExactly(KEY, COLUMN, "plain\"index", "parent\"", "added'\"");
        assertThat(table.primaryKey()).containsExactly(KEY);
        ColumnSchema column = table.column(COLUMN).orElseThrow();
        assertThat(List.of(column.unique(), column.indexed())).containsExactly(true, true);
        assertThat(table.column("plain\"index").orElseThrow().indexed()).isTrue();
        assertThat(table.foreignKeys()).containsExactly(new ForeignKeySchema(TABLE, "parent\"", TABLE, KEY,
            Optional.of(TABLE + "_parent\"_foreign"), ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL,
            Optional.of("public")));
    }

    @Test
    void stringDefaultsWithQuotesAndBackslashesRoundTrip() throws SQLException {
        TableSchema table = introspect().table(TABLE).orElseThrow();
        assertThat(table.column(COLUMN).orElseThrow().defaultValue()).contains(TRICKY_DEFAULT);
        assertThat(table.column("added'\"").orElseThrow().defaultValue()).contains("''");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + SqlIdentifier.quote(TABLE) + " DEFAULT VALUES");
            try (ResultSet row = statement.executeQuery("SELECT " + SqlIdentifier.quote(COLUMN) + ", "
                + SqlIdentifier.quote("added'\"") + " FROM " + SqlIdentifier.quote(TABLE))) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(TRICKY_DEFAULT);
                assertThat(row.getString(2)).isEqualTo("''");
            }
        }
    }

    @Test
    void nothingWasInjected() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM victims")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void uncheckedTextNeverReachesSqlAsANumberOrBoolean() throws SQLException {
        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> backend.createTable(connection, new TableDefinition("injected", List.of(
                ColumnDefinition.of("n", FieldType.INTEGER)
                    .withDefault(ColumnDefault.of("1; DROP TABLE victims"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number");
            assertThatThrownBy(() -> backend.createTable(connection, new TableDefinition("injected", List.of(
                ColumnDefinition.of("b", FieldType.BOOLEAN)
                    .withDefault(ColumnDefault.of("true); DROP TABLE victims; --"))))))
                .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> backend.addColumn(connection, TABLE, ColumnDefinition.of("nul", FieldType.TEXT)
                .withDefault(ColumnDefault.of("zero \0 byte"))))
                .isInstanceOf(IllegalArgumentException.class);
            assertThat(backend.introspect(connection).table("injected")).isEmpty();
        }
        nothingWasInjected();
    }

    private static DatabaseSchema introspect() throws SQLException {
        try (Connection connection = database.connect()) {
            return backend.introspect(connection);
        }
    }
}
