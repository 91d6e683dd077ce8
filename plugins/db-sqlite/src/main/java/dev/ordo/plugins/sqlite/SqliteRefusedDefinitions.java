package dev.ordo.plugins.sqlite;

import java.sql.SQLException;

/**
 * Which errors of a schema change are refusals of what it asked. SQLite reports them all as the generic
 * {@code SQLITE_ERROR}, so its message says which: adding a NOT NULL column without a default, which SQLite refuses
 * even on an empty table.
 */
final class SqliteRefusedDefinitions {

    private static final String NOT_NULL_WITHOUT_DEFAULT = "Cannot add a NOT NULL column with default value NULL";

    private SqliteRefusedDefinitions() {
    }

    static boolean refused(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().contains(NOT_NULL_WITHOUT_DEFAULT)) {
                return true;
            }
        }
        return false;
    }
}
