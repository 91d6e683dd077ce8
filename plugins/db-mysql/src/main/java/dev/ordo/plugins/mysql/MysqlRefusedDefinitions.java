package dev.ordo.plugins.mysql;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which errors of a schema change are refusals of what it asked: a default the column's type cannot hold, a text
 * column as a key, dropping a table's last column, rows the new type cannot hold, a foreign key between incompatible columns, rows that
 * fail a CHECK constraint, a new type for a column a foreign key uses, and any data exception (SQLSTATE class 22).
 */
final class MysqlRefusedDefinitions {

    private static final int CANNOT_CREATE_TABLE = 1005;
    private static final int INVALID_DEFAULT = 1067;
    private static final int CANNOT_DROP_EVERY_COLUMN = 1090;
    private static final int TEXT_KEY_WITHOUT_LENGTH = 1170;
    private static final int TRUNCATED_WRONG_VALUE_FOR_FIELD = 1366;
    private static final int INCOMPATIBLE_FOREIGN_KEY_COLUMNS = 3780;
    /** MySQL 8: a row fails a CHECK constraint the change adds or keeps. */
    private static final int CHECK_CONSTRAINT_VIOLATED = 3819;
    /** MariaDB: the same, e.g. {@code json_valid()} of a field turned into json over values that are not JSON. */
    private static final int CONSTRAINT_FAILED = 4025;
    /** A new type for a column a foreign key uses, on the referencing side (1832) or the referenced one (1833). */
    private static final int FOREIGN_KEY_COLUMN_CANNOT_CHANGE = 1832;
    private static final int FOREIGN_KEY_COLUMN_CANNOT_CHANGE_CHILD = 1833;
    /** MariaDB: the rows' values cannot be cast to the new type ({@code int} to {@code point}). */
    private static final int CANNOT_CAST_IN_ASSIGNMENT = 4078;
    private static final Set<Integer> REFUSALS = Set.of(CANNOT_CREATE_TABLE, INVALID_DEFAULT, CANNOT_DROP_EVERY_COLUMN, TEXT_KEY_WITHOUT_LENGTH,
        TRUNCATED_WRONG_VALUE_FOR_FIELD, INCOMPATIBLE_FOREIGN_KEY_COLUMNS, CHECK_CONSTRAINT_VIOLATED, CONSTRAINT_FAILED,
        FOREIGN_KEY_COLUMN_CANNOT_CHANGE, FOREIGN_KEY_COLUMN_CANNOT_CHANGE_CHILD, CANNOT_CAST_IN_ASSIGNMENT);
    private static final String DATA_EXCEPTION_CLASS = "22";

    private MysqlRefusedDefinitions() {
    }

    static boolean refused(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (REFUSALS.contains(sql.getErrorCode())
                || sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS))) {
                return true;
            }
        }
        return false;
    }
}
