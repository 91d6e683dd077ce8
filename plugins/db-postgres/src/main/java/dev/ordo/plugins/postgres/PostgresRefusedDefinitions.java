package dev.ordo.plugins.postgres;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which errors of a schema change are refusals of what it asked: PostgreSQL's data exceptions (class 22: a default
 * or existing row the column's type cannot hold), datatype mismatches (42804: a foreign key between columns of
 * different types, a type the rows cannot be cast to), types with no cast between them (42846: {@code time} to
 * {@code integer}) and types the database does not have (42704: {@code geometry} without the PostGIS extension).
 */
final class PostgresRefusedDefinitions {

    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final Set<String> REFUSALS = Set.of(
        "42804", // datatype_mismatch
        "42846", // cannot_coerce
        "42704"); // undefined_object: the only objects Ordo's DDL names that may be missing are extension types

    private PostgresRefusedDefinitions() {
    }

    static boolean refused(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS) || REFUSALS.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
