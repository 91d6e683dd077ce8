package dev.ordo.plugins.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names and defaults are caller text: they must reach SQLite as identifiers and literals, never as SQL. */
class QuotingTest {

    private static final String TABLE = "odd\"table; drop table victims; --";
    private static final String COLUMN = "we\"ird 'col'";
    private static final String NASTY_DEFAULT = "it's a \"quote\"'); drop table victims; --";

    private final SqliteBackend backend = new SqliteBackend();
    private Connection connection;

    @BeforeEach
    void open(@TempDir Path folder) throws SQLException {
        connection = TestDatabase.open(backend, folder.resolve("quoting.db"));
        TestDatabase.execute(connection, "create table victims (id integer primary key)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void quotesInNamesAndDefaultsAreKeptLiterally() throws SQLException {
        backend.createTable(connection, new TableDefinition(TABLE, List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of(COLUMN, FieldType.STRING).asUnique().withDefault(ColumnDefault.of(NASTY_DEFAULT)),
            ColumnDefinition.of("label\"", FieldType.TEXT).asIndexed().withDefault(ColumnDefault.of("''")),
            ColumnDefinition.of("parent\"", FieldType.INTEGER).referencing(TABLE, "id", ReferentialAction.CASCADE))));
        backend.addColumn(connection, TABLE, ColumnDefinition.of("added\"", FieldType.STRING).asUnique()
            .withDefault(ColumnDefault.of("O'Brien")));

        DatabaseSchema schema = backend.introspect(connection);
        assertThat(schema.tables().keySet()).containsExactly(TABLE, "victims");
        TableSchema table = schema.table(TABLE).orElseThrow();
        assertThat(table.columns()).extracting(ColumnSchema::name)
            .containsExactly("id", COLUMN, "label\"", "parent\"", "added\"");
        ColumnSchema weird = table.column(COLUMN).orElseThrow();
        assertThat(weird.defaultValue()).contains(NASTY_DEFAULT);
        assertThat(weird.unique()).isTrue();
        assertThat(table.column("label\"").orElseThrow().defaultValue()).contains("''");
        assertThat(table.column("label\"").orElseThrow().indexed()).isTrue();
        assertThat(table.column("parent\"").orElseThrow().foreignKeyTable()).contains(TABLE);
        assertThat(table.column("added\"").orElseThrow().defaultValue()).contains("O'Brien");
        assertThat(table.column("added\"").orElseThrow().unique()).isTrue();

        TestDatabase.execute(connection, "insert into \"odd\"\"table; drop table victims; --\" (id) values (1)");
        assertThat(TestDatabase.strings(connection,
            "select \"we\"\"ird 'col'\" from \"odd\"\"table; drop table victims; --\""))
            .containsExactly(NASTY_DEFAULT);

        backend.dropTable(connection, TABLE);
        assertThat(backend.introspect(connection).tables().keySet()).containsExactly("victims");
    }

    @Test
    void defaultsThatDoNotFitTheColumnTypeAreRefused() throws SQLException {
        assertRefused(ColumnDefinition.of("n", FieldType.INTEGER).withDefault(ColumnDefault.of("1; drop table victims")),
            "the default of n must be a number, not String '1; drop table victims'");
        assertRefused(ColumnDefinition.of("n", FieldType.INTEGER).withDefault(ColumnDefault.of(1.5)),
            "the default of n must be a whole number, not Double '1.5'");
        assertRefused(ColumnDefinition.of("f", FieldType.FLOAT).withDefault(ColumnDefault.of(Double.NaN)),
            "the default of f must be a number, not Double 'NaN'");
        assertRefused(ColumnDefinition.of("d", FieldType.DECIMAL).withDefault(ColumnDefault.of(true)),
            "the default of d must be a number, not Boolean 'true'");
        assertRefused(ColumnDefinition.of("b", FieldType.BOOLEAN).withDefault(ColumnDefault.of("1) or (1")),
            "the default of b must be a boolean, not String '1) or (1'");
        assertThat(TestDatabase.strings(connection, "select name from sqlite_master")).containsExactly("victims");
    }

    @Test
    void numbersGivenAsTextAreWrittenAsNumbers() throws SQLException {
        backend.createTable(connection, new TableDefinition("numbers", List.of(
            ColumnDefinition.of("n", FieldType.INTEGER).withDefault(ColumnDefault.of(" 42 ")),
            ColumnDefinition.of("f", FieldType.FLOAT).withDefault(ColumnDefault.of("1e3")),
            ColumnDefinition.of("b", FieldType.BOOLEAN).withDefault(ColumnDefault.of("false")))));
        TableSchema numbers = backend.introspect(connection).table("numbers").orElseThrow();
        assertThat(numbers.details().get("sql"))
            .contains("\"n\" integer default 42")
            .contains("\"f\" float default 1000")
            .contains("\"b\" boolean default 0");
        assertThat(numbers.column("n").orElseThrow().defaultValue()).contains(42);
        assertThat(numbers.column("b").orElseThrow().defaultValue()).contains(false);
    }

    private void assertRefused(ColumnDefinition column, String message) {
        assertThatThrownBy(() -> backend.createTable(connection, new TableDefinition("t", List.of(column))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(message);
    }
}
