package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Column and foreign key changes on a real MySQL or MariaDB database: data kept, refused changes named. */
class SchemaChangeTest {

    private static MysqlTestDatabase database;
    private static MysqlBackend backend;
    private Connection connection;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = MysqlTestDatabase.create();
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
        execute("DROP TABLE IF EXISTS notes, articles, authors, codes");
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
        execute("INSERT INTO authors (name, email, `rank`) VALUES ('Ada', 'ada@example.com', '1'),"
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

    private static ConstraintViolation violation(Kind kind, String table, String column) {
        return new ConstraintViolation(kind, Optional.ofNullable(table), Optional.ofNullable(column));
    }

    @Test
    void typeNullabilityDefaultAndIndexesChangeAndRowsAreKept() throws SQLException {
        execute("UPDATE authors SET `rank` = '2' WHERE `rank` IS NULL");

        backend.alterColumn(connection, "authors", ColumnDefinition.of("rank", FieldType.INTEGER).notNull()
            .withDefault(ColumnDefault.of(5)).asUnique());
        backend.alterColumn(connection, "authors", ColumnDefinition.of("name", FieldType.STRING).withMaxLength(200)
            .asIndexed());

        ColumnSchema rank = column("authors", "rank");
        assertThat(rank.fieldType()).isEqualTo(FieldType.INTEGER);
        assertThat(rank.nullable()).isFalse();
        assertThat(rank.defaultValue()).contains(5);
        assertThat(rank.unique()).isTrue();
        assertThat(column("authors", "name").maxLength()).isEqualTo(OptionalLong.of(200));
        assertThat(column("authors", "name").indexed()).isTrue();
        assertThat(strings("SELECT `rank` FROM authors ORDER BY id")).containsExactly("1", "2", "3");

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
    void refusedChangesAreNamed() throws SQLException {
        assertThat(violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("name", FieldType.STRING).withMaxLength(100).notNull())))
            .isEqualTo(violation(Kind.CONTAINS_NULL_VALUES, "authors", "name"));
        execute("UPDATE authors SET `rank` = '1'");
        ConstraintViolation duplicate = violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("rank", FieldType.STRING).withMaxLength(10).asUnique()));
        assertThat(duplicate.kind()).isEqualTo(Kind.NOT_UNIQUE);
        assertThat(violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("email", FieldType.STRING).withMaxLength(3).asUnique())).kind())
            .isEqualTo(Kind.VALUE_TOO_LONG);

        assertThat(column("authors", "name").nullable()).isTrue();
        assertThat(column("authors", "rank").unique()).isFalse();
        assertThat(column("authors", "email").maxLength()).isEqualTo(OptionalLong.of(255));
    }

    @Test
    void theAutoIncrementKeyCanWidenAndAStringKeyCanGrow() throws SQLException {
        backend.dropForeignKey(connection, "articles", "author");
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
    void aDroppedColumnTakesTheForeignKeysPointingAtItAlong() throws SQLException {
        execute("CREATE TABLE notes (id int PRIMARY KEY AUTO_INCREMENT, email varchar(255),"
            + " FOREIGN KEY (email) REFERENCES authors (email))");
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
            "id", Optional.of("authors_mentor_foreign"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL));
        execute("DELETE FROM authors WHERE id = 1");
        assertThat(strings("SELECT mentor FROM authors WHERE id = 2")).containsExactly((String) null);

        backend.dropForeignKey(connection, "authors", "mentor");
        backend.dropForeignKey(connection, "authors", "mentor");
        assertThat(table("authors").foreignKeys()).isEmpty();
    }

    @Test
    void aForeignKeyOverRowsPointingNowhereIsRefused() throws SQLException {
        execute("CREATE TABLE notes (id int PRIMARY KEY AUTO_INCREMENT, author int)");
        execute("INSERT INTO notes (author) VALUES (1), (42)");

        ConstraintViolation violation = violationOf(() -> backend.addForeignKey(connection, "notes", "author",
            new ForeignKeyDefinition("authors", "id", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)));

        assertThat(violation.kind()).isEqualTo(Kind.FOREIGN_KEY);
        assertThat(violation.column()).contains("author");
        assertThat(table("notes").foreignKeys()).isEmpty();
    }
}
