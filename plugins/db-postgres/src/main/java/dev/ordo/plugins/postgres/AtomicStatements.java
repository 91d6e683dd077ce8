package dev.ordo.plugins.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs DDL statements all-or-nothing. PostgreSQL's DDL is transactional, so a failed index or constraint leaves
 * no half-created table behind. Inside the caller's transaction the caller decides when to commit.
 */
final class AtomicStatements {

    private AtomicStatements() {
    }

    static void run(Connection connection, List<String> statements) throws SQLException {
        if (!connection.getAutoCommit()) {
            execute(connection, statements);
            return;
        }
        connection.setAutoCommit(false);
        try {
            execute(connection, statements);
            connection.commit();
        } catch (SQLException | RuntimeException failure) {
            rollbackQuietly(connection, failure);
            throw failure;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
