package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Names and default strings with quotes, backticks and backslashes go into the DDL as data, never as SQL. */
class QuotingTest {

    private static final String TABLE = "we`ird 'table\" name";
    private static final String KEY = "id`); DROP TABLE `victim`; --";
    private static final String COLUMN = "co`l'u\"mn\\";
    private static final String NASTY_DEFAULT = "it's a \\ \"test\"`\n\t'); DROP TABLE victim; -- \\'";

    private MysqlTestDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = MysqlTestDatabase.create();
        database.execute("CREATE TABLE victim (id int)");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void identifiersWithQuotesRoundTrip() throws SQLException {
        try (Connection connection = database.connect()) {
            database.backend().createTable(connection, new TableDefinition(TABLE, List.of(
                ColumnDefinition.of(KEY, FieldType.INTEGER).asAutoIncrement(),
                ColumnDefinition.of(COLUMN, FieldType.STRING).asUnique().asIndexed(),
                ColumnDefinition.of("parent", FieldType.INTEGER).referencing(TABLE, KEY, ReferentialAction.CASCADE))));
            database.backend().addColumn(connection, TABLE, ColumnDefinition.of("a`b", FieldType.TEXT));
        }
        TableSchema table = introspect().table(TABLE).orElseThrow();
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly(KEY, COLUMN, "parent", "a`b");
        assertThat(table.primaryKey()).containsExactly(KEY);
        assertThat(table.column(COLUMN).orElseThrow().unique()).isTrue();
        assertThat(table.column("parent").orElseThrow().foreignKeyTable()).contains(TABLE);
        assertThat(table.column("parent").orElseThrow().foreignKeyColumn()).contains(KEY);
        assertThat(table.foreignKeys().get(0).constraintName()).contains(TABLE + "_parent_foreign");
        assertThat(introspect().table("victim")).isPresent();

        try (Connection connection = database.connect()) {
            database.backend().dropTable(connection, TABLE);
        }
        assertThat(introspect().tables().keySet()).containsExactly("victim");
    }

    @Test
    void stringDefaultsWithQuotesAndBackslashesRoundTrip() throws SQLException {
        try (Connection connection = database.connect()) {
            database.backend().createTable(connection, new TableDefinition("notes", List.of(
                ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
                ColumnDefinition.of("title", FieldType.STRING).withDefault(ColumnDefault.of(NASTY_DEFAULT)),
                ColumnDefinition.of("body", FieldType.TEXT).withDefault(ColumnDefault.of(NASTY_DEFAULT)),
                ColumnDefinition.of("empty", FieldType.STRING).withDefault(ColumnDefault.of("")),
                ColumnDefinition.of("word_null", FieldType.STRING).withDefault(ColumnDefault.of("NULL")),
                ColumnDefinition.of("like_now", FieldType.STRING).withDefault(ColumnDefault.of("now()")),
                ColumnDefinition.of("numeric_text", FieldType.STRING).withDefault(ColumnDefault.of("0012")),
                ColumnDefinition.of("percent", FieldType.STRING).withDefault(ColumnDefault.of("50\\%_")))));
        }
        TableSchema notes = introspect().table("notes").orElseThrow();
        assertThat(notes.column("title").orElseThrow().defaultValue()).contains(NASTY_DEFAULT);
        assertThat(notes.column("body").orElseThrow().defaultValue()).contains(NASTY_DEFAULT);
        assertThat(notes.column("empty").orElseThrow().defaultValue()).contains("");
        assertThat(notes.column("word_null").orElseThrow().defaultValue()).contains("NULL");
        assertThat(notes.column("like_now").orElseThrow().defaultValue()).contains("now()");
        assertThat(notes.column("numeric_text").orElseThrow().defaultValue()).contains("0012");
        assertThat(notes.column("percent").orElseThrow().defaultValue()).contains("50\\%_");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO notes () VALUES ()");
            try (ResultSet row = statement.executeQuery("SELECT title, body, percent FROM notes")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(NASTY_DEFAULT);
                assertThat(row.getString(2)).isEqualTo(NASTY_DEFAULT);
                assertThat(row.getString(3)).isEqualTo("50\\%_");
            }
        }
        assertThat(introspect().table("victim")).isPresent();
    }

    private DatabaseSchema introspect() throws SQLException {
        try (Connection connection = database.connect()) {
            return database.backend().introspect(connection);
        }
    }
}
