package dev.ordo.plugins.sqlite;

import static dev.ordo.plugins.sqlite.TestDatabase.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's constraint errors from real failing statements. SQLite checks no lengths or numeric ranges, so it never
 * reports a value as too long or out of range; "contains null values" comes from table rebuilds
 * ({@link SchemaChangeTest}).
 */
class ConstraintViolationTest {

    private final SqliteBackend backend = new SqliteBackend();
    private Connection connection;

    @BeforeEach
    void open(@TempDir Path folder) throws SQLException {
        connection = TestDatabase.open(backend, folder.resolve("violations.db"));
        execute(connection, "create table authors (id integer primary key autoincrement, email varchar(5) unique,"
            + " name varchar(3) not null, age smallint)");
        execute(connection, "create table codes (code varchar(10) primary key not null)");
        execute(connection, "create table articles (id integer primary key, author integer references authors (id))");
        execute(connection, "insert into authors (id, email, name) values (1, 'a@b', 'Ada')");
        execute(connection, "insert into codes values ('x')");
        execute(connection, "insert into articles values (1, 1)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private Optional<ConstraintViolation> violationOf(String sql) {
        try {
            execute(connection, sql);
        } catch (SQLException failure) {
            return backend.constraintViolation(failure);
        }
        throw new AssertionError("should have failed: " + sql);
    }

    private static Optional<ConstraintViolation> violation(Kind kind, String table, String column) {
        return Optional.of(new ConstraintViolation(kind, Optional.ofNullable(table), Optional.ofNullable(column)));
    }

    @Test
    void uniqueAndPrimaryKeyViolationsNameTheColumn() {
        assertThat(violationOf("insert into authors (email, name) values ('a@b', 'Bob')"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "email"));
        assertThat(violationOf("insert into authors (id, name) values (1, 'Bob')"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "id"));
        assertThat(violationOf("insert into codes values ('x')")).isEqualTo(violation(Kind.NOT_UNIQUE, "codes", "code"));
    }

    @Test
    void aUniqueIndexOverSeveralColumnsNamesNoColumn() throws SQLException {
        execute(connection, "create table pairs (id integer primary key, a int, b int, unique (a, b))");
        execute(connection, "insert into pairs values (1, 1, 1)");

        assertThat(violationOf("insert into pairs values (2, 1, 1)")).isEqualTo(violation(Kind.NOT_UNIQUE, null, null));
    }

    @Test
    void notNullViolationsNameTheColumn() {
        assertThat(violationOf("insert into authors (email) values ('c@d')"))
            .isEqualTo(violation(Kind.NOT_NULL, "authors", "name"));
    }

    @Test
    void foreignKeyViolationsInBothDirectionsNameNothing() {
        assertThat(violationOf("insert into articles values (2, 99)")).isEqualTo(violation(Kind.FOREIGN_KEY, null, null));
        assertThat(violationOf("delete from authors where id = 1")).isEqualTo(violation(Kind.FOREIGN_KEY, null, null));
    }

    @Test
    void otherErrorsAreNoViolation() {
        assertThat(violationOf("insert into nowhere values (1)")).isEmpty();
        assertThat(violationOf("select nonsense(")).isEmpty();
    }
}
