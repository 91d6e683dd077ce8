package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.api.schema.TableSchema;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
            CREATE TABLE measures (id integer PRIMARY KEY, code char(3), label varchar(4), count integer,
              price numeric(5,2), ratio real);
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

    /** The violation as the items service asks for it, knowing the table and the values the insert wrote. */
    private static Optional<ConstraintViolation> violationWriting(String table, Map<String, Object> values)
        throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
            + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
        try (Connection connection = database.connect()) {
            TableSchema written = database.backend().introspect(connection).table(table).orElseThrow();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object value : values.values()) {
                    statement.setObject(index++, value);
                }
                statement.execute();
            } catch (SQLException failure) {
                return database.backend().constraintViolation(failure, written, values);
            }
        }
        throw new AssertionError("should have failed: " + sql);
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
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

    /** PostgreSQL names no column: knowing what was written, it is the first value its column cannot hold. */
    @Test
    void tooLongAndOutOfRangeValuesAreFoundAmongTheWrittenValues() throws SQLException {
        assertThat(violationWriting("measures", row("id", 1, "code", "ab    ", "label", "longer")))
            .isEqualTo(violation(Kind.VALUE_TOO_LONG, "measures", "label"));
        assertThat(violationWriting("measures", row("id", 2, "label", "ok", "code", "abcd")))
            .isEqualTo(violation(Kind.VALUE_TOO_LONG, "measures", "code"));
        assertThat(violationWriting("measures", row("id", 3, "price", new BigDecimal("999.99"),
            "count", 2147483648L))).isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, "measures", "count"));
        assertThat(violationWriting("measures", row("id", 4, "count", 5, "price", new BigDecimal("999.995"))))
            .isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, "measures", "price"));
        assertThat(violationWriting("measures", row("id", 5, "ratio", 1e39)))
            .isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, "measures", "ratio"));
        assertThat(violationWriting("authors", row("id", 8, "name", "Bob", "age", 100000)))
            .isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, "authors", "age"));
    }

    @Test
    void otherErrorsAreNoViolation() throws SQLException {
        assertThat(violationOf("INSERT INTO nowhere VALUES (1)")).isEmpty();
        assertThat(violationOf("SELECT 1/0")).isEmpty();
    }
}
