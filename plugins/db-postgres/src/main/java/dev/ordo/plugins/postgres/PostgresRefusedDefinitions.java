package dev.ordo.plugins.postgres;

import java.sql.SQLException;

/**
 * Which errors of a schema change are refusals of what it asked: PostgreSQL's data exceptions (class 22: a default
 * or existing row the column's type cannot hold) and datatype mismatches (42804: a foreign key between columns of
 * different types, a type the rows cannot be cast to).
 */
final class PostgresRefusedDefinitions {

    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final String DATATYPE_MISMATCH = "42804";

    private PostgresRefusedDefinitions() {
    }

    static boolean refused(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS) || sql.getSQLState().equals(DATATYPE_MISMATCH))) {
                return true;
            }
        }
        return false;
    }
}
