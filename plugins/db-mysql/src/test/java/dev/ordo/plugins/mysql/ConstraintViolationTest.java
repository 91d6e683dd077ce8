package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MySQL's and MariaDB's constraint errors, from real failing statements on the configured server, and the MySQL 8
 * spellings this server does not produce, from their messages.
 */
class ConstraintViolationTest {

    private static final MysqlBackend BACKEND = new MysqlBackend();
    private static MysqlTestDatabase database;

    @BeforeAll
    static void createTables() throws SQLException {
        if (System.getenv("ORDO_TEST_MYSQL_HOST") == null) {
            return;
        }
        database = MysqlTestDatabase.create();
        database.execute(
            "CREATE TABLE authors (id int PRIMARY KEY, email varchar(5), name varchar(20) NOT NULL, age smallint,"
                + " seen timestamp NULL,"
                + " UNIQUE KEY authors_email_unique (email))",
            "CREATE TABLE articles (id int PRIMARY KEY, author int,"
                + " CONSTRAINT articles_author_foreign FOREIGN KEY (author) REFERENCES authors (id))",
            "INSERT INTO authors (id, email, name) VALUES (1, 'a@b', 'Ada')",
            "INSERT INTO articles VALUES (1, 1)");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    private static Optional<ConstraintViolation> violationOf(String sql) throws SQLException {
        if (database == null) {
            MysqlTestDatabase.serverSettings();
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            return BACKEND.constraintViolation(failure);
        }
        throw new AssertionError("should have failed: " + sql);
    }

    /** The violation as the items service asks for it, knowing the table the statement wrote. */
    private static Optional<ConstraintViolation> violationWriting(String table, String sql) throws SQLException {
        TableSchema written = table(table);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            return BACKEND.constraintViolation(failure, written, Map.of());
        }
        throw new AssertionError("should have failed: " + sql);
    }

    private static TableSchema table(String name) throws SQLException {
        if (database == null) {
            MysqlTestDatabase.serverSettings();
        }
        try (Connection connection = database.connect()) {
            return BACKEND.introspect(connection).table(name).orElseThrow();
        }
    }

    private static Optional<ConstraintViolation> violation(Kind kind, String table, String column) {
        return Optional.of(new ConstraintViolation(kind, Optional.ofNullable(table), Optional.ofNullable(column)));
    }

    private static Optional<ConstraintViolation> read(int code, String message) {
        return BACKEND.constraintViolation(new SQLException(message, "23000", code));
    }

    @Test
    void duplicatesAreNotUnique() throws SQLException {
        Optional<ConstraintViolation> email = violationOf("INSERT INTO authors (id, email, name) VALUES (2, 'a@b', 'B')");
        Optional<ConstraintViolation> key = violationOf("INSERT INTO authors (id, name) VALUES (1, 'Bob')");

        assertThat(email).map(ConstraintViolation::kind).contains(Kind.NOT_UNIQUE);
        assertThat(key).map(ConstraintViolation::kind).contains(Kind.NOT_UNIQUE);
    }

    /** MariaDB names a duplicate's key without its table; MySQL 8 with it, and then the column is known. */
    @Test
    void duplicateKeysOfMysql8NameTheTable() {
        assertThat(read(1062, "Duplicate entry 'a@b' for key 'authors.authors_email_unique'"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "email"));
        assertThat(read(1062, "Duplicate entry 'a@b' for key 'authors_email_unique'"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, null, null));
        assertThat(read(1062, "Duplicate entry '1' for key 'authors.PRIMARY'"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", null));
    }

    /** MariaDB's key names no table; knowing the written table, its primary key and unique keys name the column. */
    @Test
    void duplicateKeysOfTheWrittenTableNameTheColumn() throws SQLException {
        assertThat(violationWriting("authors", "INSERT INTO authors (id, email, name) VALUES (2, 'a@b', 'B')"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "email"));
        assertThat(violationWriting("authors", "INSERT INTO authors (id, name) VALUES (1, 'Bob')"))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "id"));
    }

    @Test
    void duplicateKeysOfMysql8AreOnlyPlacedOnTheWrittenTable() throws SQLException {
        TableSchema authors = table("authors");
        assertThat(BACKEND.constraintViolation(new SQLException("Duplicate entry '1' for key 'authors.PRIMARY'",
            "23000", 1062), authors, Map.of())).isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "id"));
        assertThat(BACKEND.constraintViolation(new SQLException("Duplicate entry '1' for key 'tags.PRIMARY'",
            "23000", 1062), authors, Map.of())).isEqualTo(violation(Kind.NOT_UNIQUE, "tags", null));
        assertThat(BACKEND.constraintViolation(new SQLException("Duplicate entry 'x' for key 'authors_other_unique'",
            "23000", 1062), authors, Map.of())).isEqualTo(violation(Kind.NOT_UNIQUE, "authors", null));
    }

    /** Strict mode refuses an insert that leaves out a NOT NULL column without default, naming the column. */
    @Test
    void aLeftOutColumnWithoutDefaultIsANullViolation() throws SQLException {
        assertThat(violationOf("INSERT INTO authors (id, email) VALUES (6, 'x')"))
            .isEqualTo(violation(Kind.NOT_NULL, null, "name"));
    }

    @Test
    void nullsTooLongAndOutOfRangeValuesNameTheColumn() throws SQLException {
        assertThat(violationOf("INSERT INTO authors (id, name) VALUES (3, NULL)"))
            .isEqualTo(violation(Kind.NOT_NULL, null, "name"));
        assertThat(violationOf("INSERT INTO authors (id, email, name) VALUES (4, 'too long', 'B')"))
            .isEqualTo(violation(Kind.VALUE_TOO_LONG, null, "email"));
        assertThat(violationOf("INSERT INTO authors (id, name, age) VALUES (5, 'B', 100000)"))
            .isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, null, "age"));
    }

    /** A TIMESTAMP holds 1970 to 2038 only; a date beyond is out of range, not a server error. */
    @Test
    void datesATimestampCannotHoldAreOutOfRange() throws SQLException {
        assertThat(violationOf("INSERT INTO authors (id, name, seen) VALUES (7, 'C', '2038-01-19 03:14:08')"))
            .isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, null, "seen"));
        assertThat(read(1292, "Incorrect datetime value: '3000-01-01 00:00:00' for column 'seen' at row 1"))
            .isEqualTo(violation(Kind.VALUE_OUT_OF_RANGE, null, "seen"));
    }

    @Test
    void nullsUnderANewNotNullContainNullValues() throws SQLException {
        // MariaDB reports these as truncated data; MySQL 8 as an invalid use of NULL. The backend's own alterColumn
        // looks for NULLs first and names the column (see SchemaChangeTest).
        assertThat(violationOf("ALTER TABLE authors MODIFY age smallint NOT NULL")).map(ConstraintViolation::kind)
            .isPresent();
    }

    @Test
    void mysql8SaysInvalidUseOfNull() {
        assertThat(read(1138, "Invalid use of NULL value")).isEqualTo(violation(Kind.CONTAINS_NULL_VALUES, null, null));
        assertThat(read(1452, "Cannot add or update a child row: a foreign key constraint fails (`db`.`#sql-1_2`,"
            + " CONSTRAINT `notes_author_foreign` FOREIGN KEY (`author`) REFERENCES `authors` (`id`))"))
            .isEqualTo(violation(Kind.FOREIGN_KEY, null, "author"));
    }

    @Test
    void foreignKeyViolationsInBothDirections() throws SQLException {
        assertThat(violationOf("INSERT INTO articles VALUES (2, 99)"))
            .isEqualTo(violation(Kind.FOREIGN_KEY, "articles", "author"));
        assertThat(violationOf("DELETE FROM authors WHERE id = 1")).isEqualTo(violation(Kind.FOREIGN_KEY, "authors", "id"));
    }

    @Test
    void otherErrorsAreNoViolation() throws SQLException {
        assertThat(read(1064, "You have an error in your SQL syntax")).isEmpty();
        assertThat(violationOf("INSERT INTO nowhere VALUES (1)")).isEmpty();
    }
}
