package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MySQL's and MariaDB's "busy, try again" from real waits for a lock: answered 503 by the host rather than 500. */
class BusyFailureTest {

    private static final MysqlBackend BACKEND = new MysqlBackend();
    private static MysqlTestDatabase database;

    @BeforeAll
    static void createTable() throws SQLException {
        database = MysqlTestDatabase.create();
        database.execute("CREATE TABLE counters (id integer PRIMARY KEY, value integer)",
            "INSERT INTO counters VALUES (1, 0)");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aRowLockNotObtainedWithinTheLockWaitTimeoutIsBusy() throws SQLException {
        try (Connection holder = database.connect(); Connection waiter = database.connect()) {
            holder.setAutoCommit(false);
            execute(holder, "UPDATE counters SET value = 1 WHERE id = 1");
            execute(waiter, "SET SESSION innodb_lock_wait_timeout = 1");
            SQLException failure = catchThrowableOfType(SQLException.class,
                () -> execute(waiter, "UPDATE counters SET value = 2 WHERE id = 1"));
            assertThat((Throwable) failure).as("the second writer must have been refused").isNotNull();
            assertThat(BACKEND.isBusy(failure)).as(failure.getMessage()).isTrue();
            holder.rollback();
        }
    }

    @Test
    void aConstraintViolationIsNotBusy() throws SQLException {
        try (Connection connection = database.connect()) {
            SQLException failure = catchThrowableOfType(SQLException.class,
                () -> execute(connection, "INSERT INTO counters VALUES (1, 0)"));
            assertThat(BACKEND.isBusy(failure)).isFalse();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
