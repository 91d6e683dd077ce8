package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL's constraint errors, from real failing statements, read as violations. */
class ConstraintViolationTest {

    private static TestDatabase database;

    @BeforeAll
    static void createTables() throws SQLException {
        database = TestDatabase.create();
        database.runScript("""
            CREATE TABLE authors (id integer PRIMARY KEY, email varchar(5) UNIQUE, name text NOT NULL, age smallint,
              "Odd Name" text UNIQUE);
            CREATE TABLE articles (id integer PRIMARY KEY, author integer REFERENCES authors (id));
            CREATE TABLE pairs (a integer, b integer, UNIQUE (a, b));
            INSERT INTO authors (id, email, name, "Odd Name") VALUES (1, 'a@b', 'Ada', 'x');
            INSERT INTO articles VALUES (1, 1);
            INSERT INTO pairs VALUES (1, 1);
            """);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    private static Optional<ConstraintViolation> violationOf(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            return database.backend().constraintViolation(failure);
        }
        throw new AssertionError("should have failed: " + sql);
    }

    private static Optional<ConstraintViolation> violation(Kind kind, String table, String column) {
        return Optional.of(new ConstraintViolation(kind, Optional.ofNullable(table), Optional.ofNullable(column)));
    }

    @Test
    void uniqueAndPrimaryKeyViolationsNameTheColumn() throws SQLException {
        assertThat(violationOf("INSERT INTO authors (id, email, name) VALUES (2, 'a@b', 'Bob')"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "email"));
        assertThat(violationOf("INSERT INTO authors (id, name) VALUES (1, 'Bob')"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "id"));
        assertThat(violationOf("INSERT INTO authors (id, name, \"Odd Name\") VALUES (3, 'Bob', 'x')"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "Odd Name"));
        assertThat(violationOf("INSERT INTO pairs VALUES (1, 1)")).isEqualTo(violation(Kind.NOT_UNIQUE, "pairs", null));
    }

    @Test
    void notNullViolationsNameTheColumn() throws SQLException {
        assertThat(violationOf("INSERT INTO authors (id) VALUES (5)")).isEqualTo(violation(Kind.NOT_NULL, "authors",
            "name"));
    }

    @Test
    void nullsUnderANewNotNullAreContainedNullValues() throws SQLException {
        assertThat(violationOf("ALTER TABLE authors ALTER COLUMN age SET NOT NULL"))
            .isEqualTo(violation(Kind.CONTAINS_NULL_VALUES, "authors", "age"));
    }

    @Test
    void foreignKeyViolationsInBothDirections() throws SQLException {
        assertThat(violationOf("INSERT INTO articles VALUES (2, 99)"))
            .isEqualTo(violation(Kind.FOREIGN_KEY, "articles", "author"));
        assertThat(violationOf("DELETE FROM authors WHERE id = 1")).isEqualTo(violation(Kind.FOREIGN_KEY, "authors", "id"));
    }

    @Test
    void tooLongAndOutOfRangeValues() throws SQLException {
        assertThat(violationOf("INSERT INTO authors (id, email, name) VALUES (6, 'too long', 'Bob')"))
            .isEqualTo(violation(Kind.VALUE_TOO_LONG, null, null));
        assertThat(violationOf("INSERT INTO authors (id, name, age) VALUES (7, 'Bob', 100000)"))
            .isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, null, null));
    }

    @Test
    void otherErrorsAreNoViolation() throws SQLException {
        assertThat(violationOf("INSERT INTO nowhere VALUES (1)")).isEmpty();
        assertThat(violationOf("SELECT 1/0")).isEmpty();
    }
}
