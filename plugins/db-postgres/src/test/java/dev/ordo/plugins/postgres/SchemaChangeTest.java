package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Column and foreign key changes on a real PostgreSQL database: data kept, refused changes leave nothing behind. */
class SchemaChangeTest {

    private static TestDatabase database;
    private static PostgresBackend backend;
    private Connection connection;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TestDatabase.create();
        backend = database.backend();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void createTables() throws SQLException {
        connection = database.connect();
        execute("DROP TABLE IF EXISTS notes, articles, authors, codes CASCADE");
        backend.createTable(connection, new TableDefinition("authors", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("name", FieldType.STRING).withMaxLength(100),
            ColumnDefinition.of("email", FieldType.STRING).asUnique(),
            ColumnDefinition.of("rank", FieldType.STRING).withMaxLength(10).asIndexed())));
        backend.createTable(connection, new TableDefinition("articles", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("title", FieldType.STRING),
            ColumnDefinition.of("author", FieldType.INTEGER)
                .referencing("authors", "id", ReferentialAction.CASCADE))));
        execute("INSERT INTO authors (name, email, rank) VALUES ('Ada', 'ada@example.com', '1'),"
            + " ('Grace', 'grace@example.com', NULL), (NULL, NULL, '3')");
        execute("INSERT INTO articles (title, author) VALUES ('One', 1), ('Two', 2), ('Three', 1)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private TableSchema table(String name) throws SQLException {
        return backend.introspect(connection).table(name).orElseThrow();
    }

    private ColumnSchema column(String table, String column) throws SQLException {
        return table(table).column(column).orElseThrow();
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws SQLException;
    }

    private ConstraintViolation violationOf(ThrowingAction action) {
        try {
            action.run();
        } catch (SQLException failure) {
            return backend.constraintViolation(failure).orElseThrow(() -> new AssertionError("not recognised", failure));
        }
        throw new AssertionError("should have failed");
    }

    private static SQLException catchSqlException(ThrowingAction action) {
        try {
            action.run();
        } catch (SQLException expected) {
            return expected;
        }
        throw new AssertionError("the statement was expected to fail");
    }

    private static ConstraintViolation violation(Kind kind, String table, String column) {
        return new ConstraintViolation(kind, Optional.ofNullable(table), Optional.ofNullable(column));
    }

    @Test
    void typeNullabilityDefaultAndIndexesChangeAndRowsAreKept() throws SQLException {
        execute("UPDATE authors SET rank = '2' WHERE rank IS NULL");

        backend.alterColumn(connection, "authors", ColumnDefinition.of("rank", FieldType.INTEGER).notNull()
            .withDefault(ColumnDefault.of(5)).asUnique());
        backend.alterColumn(connection, "authors", ColumnDefinition.of("name", FieldType.TEXT).asIndexed());

        ColumnSchema rank = column("authors", "rank");
        assertThat(rank.fieldType()).isEqualTo(FieldType.INTEGER);
        assertThat(rank.nullable()).isFalse();
        assertThat(rank.defaultValue()).contains(5);
        assertThat(rank.unique()).isTrue();
        assertThat(column("authors", "name").fieldType()).isEqualTo(FieldType.TEXT);
        assertThat(column("authors", "name").indexed()).isTrue();
        assertThat(strings("SELECT rank FROM authors ORDER BY id")).containsExactly("1", "2", "3");

        backend.alterColumn(connection, "authors", ColumnDefinition.of("rank", FieldType.INTEGER));
        backend.alterColumn(connection, "authors", ColumnDefinition.of("email", FieldType.STRING));
        assertThat(column("authors", "rank").nullable()).isTrue();
        assertThat(column("authors", "rank").defaultValue()).isEmpty();
        assertThat(column("authors", "rank").indexed()).isFalse();
        assertThat(column("authors", "email").unique()).isFalse();
        assertThat(column("authors", "email").indexed()).isFalse();
        assertThat(strings("SELECT title FROM articles ORDER BY id")).containsExactly("One", "Two", "Three");
    }

    @Test
    void refusedChangesNameTheColumnAndChangeNothing() throws SQLException {
        assertThat(violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("name", FieldType.STRING).withMaxLength(100).notNull())))
            .isEqualTo(violation(Kind.CONTAINS_NULL_VALUES, "authors", "name"));
        execute("UPDATE authors SET rank = '1'");
        assertThat(violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("rank", FieldType.STRING).withMaxLength(10).asUnique())))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "rank"));
        assertThat(violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("email", FieldType.STRING).withMaxLength(3).asUnique())))
            .isEqualTo(violation(Kind.VALUE_TOO_LONG, null, null));

        assertThat(column("authors", "name").nullable()).isTrue();
        assertThat(column("authors", "rank").unique()).isFalse();
        assertThat(column("authors", "email").maxLength()).isEqualTo(OptionalLong.of(255));
    }

    @Test
    void aTypeWithNoCastAndATypeTheDatabaseLacksAreRefusalsNotFailures() throws SQLException {
        execute("ALTER TABLE authors ADD COLUMN opens time");
        execute("UPDATE authors SET opens = '09:30'");
        SQLException noCast = catchSqlException(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("opens", FieldType.INTEGER)));
        // What geometry fields meet without PostGIS: a type name PostgreSQL does not know.
        SQLException noType = catchSqlException(() -> execute("ALTER TABLE authors ADD COLUMN area no_such_type"));

        assertThat(noCast.getSQLState()).isEqualTo("42846");
        assertThat(backend.refusesDefinition(noCast)).isTrue();
        assertThat(noType.getSQLState()).isEqualTo("42704");
        assertThat(backend.refusesDefinition(noType)).isTrue();
        assertThat(column("authors", "opens").fieldType()).isEqualTo(FieldType.TIME);
    }

    @Test
    void insideATransactionARefusedChangeRollsBackWithTheRest() throws SQLException {
        connection.setAutoCommit(false);
        backend.alterColumn(connection, "authors", ColumnDefinition.of("rank", FieldType.TEXT));
        assertThatThrownBy(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("name", FieldType.STRING).notNull())).isInstanceOf(SQLException.class);
        connection.rollback();
        connection.setAutoCommit(true);

        assertThat(column("authors", "rank").fieldType()).isEqualTo(FieldType.STRING);
    }

    @Test
    void theAutoIncrementKeyCanWidenAndAStringKeyCanGrow() throws SQLException {
        backend.alterColumn(connection, "authors", ColumnDefinition.of("id", FieldType.BIG_INTEGER).asAutoIncrement());
        execute("INSERT INTO authors (name) VALUES ('Next')");
        backend.createTable(connection, new TableDefinition("codes", List.of(
            ColumnDefinition.of("code", FieldType.STRING).withMaxLength(10).asPrimaryKey())));
        execute("INSERT INTO codes VALUES ('a')");
        backend.alterColumn(connection, "codes", ColumnDefinition.of("code", FieldType.STRING).withMaxLength(36)
            .asPrimaryKey());

        assertThat(column("authors", "id").fieldType()).isEqualTo(FieldType.BIG_INTEGER);
        assertThat(column("authors", "id").autoIncrement()).isTrue();
        assertThat(strings("SELECT id FROM authors WHERE name = 'Next'")).containsExactly("4");
        assertThat(column("codes", "code").maxLength()).isEqualTo(OptionalLong.of(36));
        assertThat(column("codes", "code").primaryKey()).isTrue();
    }

    @Test
    void anIdentityIsAddedAfterTheExistingKeys() throws SQLException {
        backend.createTable(connection, new TableDefinition("codes", List.of(
            ColumnDefinition.of("code", FieldType.INTEGER).asPrimaryKey())));
        execute("INSERT INTO codes VALUES (7)");

        backend.alterColumn(connection, "codes", ColumnDefinition.of("code", FieldType.INTEGER).asAutoIncrement());
        execute("INSERT INTO codes DEFAULT VALUES");

        assertThat(strings("SELECT code FROM codes ORDER BY code")).containsExactly("7", "8");
    }

    @Test
    void aDroppedColumnTakesTheForeignKeysPointingAtItAlong() throws SQLException {
        execute("CREATE TABLE notes (id serial PRIMARY KEY, email varchar(255) REFERENCES authors (email))");
        execute("INSERT INTO notes (email) VALUES ('ada@example.com')");

        backend.dropColumn(connection, "authors", "email");
        backend.dropColumn(connection, "articles", "author");

        assertThat(table("authors").columns()).extracting(ColumnSchema::name).containsExactly("id", "name", "rank");
        assertThat(table("notes").foreignKeys()).isEmpty();
        assertThat(table("articles").foreignKeys()).isEmpty();
        assertThat(strings("SELECT email FROM notes")).containsExactly("ada@example.com");
    }

    @Test
    void foreignKeysAreAddedReplacedAndDropped() throws SQLException {
        backend.addColumn(connection, "authors", ColumnDefinition.of("mentor", FieldType.INTEGER));
        execute("UPDATE authors SET mentor = 1 WHERE id = 2");

        backend.addForeignKey(connection, "authors", "mentor",
            new ForeignKeyDefinition("authors", "id", ReferentialAction.NO_ACTION, ReferentialAction.CASCADE));
        backend.addForeignKey(connection, "authors", "mentor",
            new ForeignKeyDefinition("authors", "id", ReferentialAction.CASCADE, ReferentialAction.SET_NULL));

        assertThat(table("authors").foreignKeys()).containsExactly(new ForeignKeySchema("authors", "mentor", "authors",
            "id", Optional.of("authors_mentor_foreign"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
            Optional.of("public")));
        execute("DELETE FROM authors WHERE id = 1");
        assertThat(strings("SELECT mentor FROM authors WHERE id = 2")).containsExactly((String) null);

        backend.dropForeignKey(connection, "authors", "mentor");
        backend.dropForeignKey(connection, "authors", "mentor");
        assertThat(table("authors").foreignKeys()).isEmpty();
    }

    @Test
    void aForeignKeyOverRowsPointingNowhereIsRefused() throws SQLException {
        execute("CREATE TABLE notes (id serial PRIMARY KEY, author integer)");
        execute("INSERT INTO notes (author) VALUES (1), (42)");

        assertThat(violationOf(() -> backend.addForeignKey(connection, "notes", "author",
            new ForeignKeyDefinition("authors", "id", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION))))
            .isEqualTo(violation(Kind.FOREIGN_KEY, "notes", "author"));
        assertThat(table("notes").foreignKeys()).isEmpty();
    }
}
