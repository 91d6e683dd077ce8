package dev.ordo.plugins.data.items;

import java.sql.SQLException;

/**
 * Recognises a transaction the database rolled back to settle a conflict with a concurrent one — a deadlock it broke,
 * or a serialization failure — which the database asks the client to simply run again. SQL's class 40 ("transaction
 * rollback") says so on PostgreSQL ({@code 40P01}, {@code 40001}) and MySQL/MariaDB (deadlock 1213 is {@code 40001}).
 */
final class TransactionConflicts {

    private TransactionConflicts() {
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
