package dev.ordo.plugins.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs DDL statements as one unit: SQLite's DDL is transactional, so a failure leaves nothing half-made. */
final class StatementRunner {

    private StatementRunner() {
    }

    static void runAtomically(Connection connection, List<String> statements) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            if (ownTransaction) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException failure) {
            if (ownTransaction) {
                rollback(connection, failure);
            }
            throw failure;
        } finally {
            if (ownTransaction) {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
