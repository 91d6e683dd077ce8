package dev.ordo.plugins.sqlite;

import static dev.ordo.plugins.sqlite.TestDatabase.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's "busy, try again" from a real second writer: the failures the host answers 503 rather than 500. */
class BusyFailureTest {

    private final SqliteBackend backend = new SqliteBackend();

    @Test
    void aWriterThatWaitsLongerThanTheBusyTimeoutIsBusy(@TempDir Path folder) throws SQLException {
        Path file = folder.resolve("busy.db");
        try (Connection holder = TestDatabase.open(backend, file); Connection waiter = TestDatabase.open(backend, file)) {
            execute(holder, "create table counters (id integer primary key, value integer)");
            holder.setAutoCommit(false);
            execute(holder, "insert into counters values (1, 0)");
            // The pool's five seconds would only make the test slower; the error is the same.
            execute(waiter, "pragma busy_timeout = 50");
            // Write transactions BEGIN IMMEDIATE: the second writer waits for the lock as it starts its transaction.
            SQLException failure = catchThrowableOfType(SQLException.class, () -> waiter.setAutoCommit(false));
            assertThat((Throwable) failure).as("the second writer must have been refused").isNotNull();
            assertThat(backend.isBusy(failure)).as(failure.getMessage()).isTrue();
            holder.rollback();
        }
    }

    @Test
    void aConstraintViolationIsNotBusy(@TempDir Path folder) throws SQLException {
        try (Connection connection = TestDatabase.open(backend, folder.resolve("violation.db"))) {
            execute(connection, "create table codes (code text primary key)");
            execute(connection, "insert into codes values ('x')");
            SQLException failure = catchThrowableOfType(SQLException.class,
                () -> execute(connection, "insert into codes values ('x')"));
            assertThat(backend.isBusy(failure)).isFalse();
        }
    }
}
