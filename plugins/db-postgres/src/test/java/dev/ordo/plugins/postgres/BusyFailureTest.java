package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL's "busy, try again" from real waits for a lock: the failures the host answers 503 rather than 500. */
class BusyFailureTest {

    private static TestDatabase database;

    @BeforeAll
    static void createTable() throws SQLException {
        database = TestDatabase.create();
        database.runScript("""
            CREATE TABLE counters (id integer PRIMARY KEY, value integer);
            INSERT INTO counters VALUES (1, 0);
            """);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aRowLockNotObtainedWithinTheLockTimeoutIsBusy() throws SQLException {
        try (Connection holder = database.connect(); Connection waiter = database.connect()) {
            holder.setAutoCommit(false);
            execute(holder, "UPDATE counters SET value = 1 WHERE id = 1");
            execute(waiter, "SET lock_timeout = '100ms'");
            SQLException failure = catchThrowableOfType(SQLException.class,
                () -> execute(waiter, "UPDATE counters SET value = 2 WHERE id = 1"));
            assertThat((Throwable) failure).as("the second writer must have been refused").isNotNull();
            assertThat(database.backend().isBusy(failure)).as(failure.getMessage()).isTrue();
            holder.rollback();
        }
    }

    @Test
    void aConstraintViolationIsNotBusy() throws SQLException {
        try (Connection connection = database.connect()) {
            SQLException failure = catchThrowableOfType(SQLException.class,
                () -> execute(connection, "INSERT INTO counters VALUES (1, 0)"));
            assertThat(database.backend().isBusy(failure)).isFalse();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
