package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MySQL's and MariaDB's constraint errors by their error numbers. Most messages name the column; a foreign
 * key message names both tables; a duplicate only names the key, with its table on MySQL 8
 * ({@code 'authors.authors_email_unique'}) and without it on MariaDB ({@code 'authors_email_unique'}), so the
 * column is known only when the key follows Directus's {@code <table>_<column>_unique} and the table is named.
 */
final class MysqlViolations {

    private static final int DUPLICATE_ENTRY = 1062;
    private static final int DUPLICATE_ENTRY_WITH_KEY_NAME = 1586;
    private static final int BAD_NULL = 1048;
    private static final int DATA_TOO_LONG = 1406;
    private static final int DATA_TRUNCATED = 1265;
    private static final int OUT_OF_RANGE = 1264;
    private static final int INVALID_USE_OF_NULL = 1138;
    private static final int NO_REFERENCED_ROW = 1216;
    private static final int NO_REFERENCED_ROW_2 = 1452;
    private static final int ROW_IS_REFERENCED = 1217;
    private static final int ROW_IS_REFERENCED_2 = 1451;

    private static final String NAME = "`((?:[^`]|``)+)`";
    private static final Pattern COLUMN = Pattern.compile("column '((?:[^']|'')+)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern NULL_COLUMN = Pattern.compile("Column '((?:[^']|'')+)' cannot be null");
    private static final Pattern FOREIGN_KEY = Pattern.compile("\\(" + NAME + "\\." + NAME + ", CONSTRAINT " + NAME
        + " FOREIGN KEY \\(" + NAME + "\\) REFERENCES " + NAME + " \\(" + NAME + "\\)");

    private MysqlViolations() {
    }

    static Optional<ConstraintViolation> read(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViolationException known) {
                return Optional.of(known.violation());
            }
            if (cause instanceof SQLException sql) {
                Optional<ConstraintViolation> read = readOne(sql);
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ConstraintViolation> readOne(SQLException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return switch (failure.getErrorCode()) {
            case DUPLICATE_ENTRY, DUPLICATE_ENTRY_WITH_KEY_NAME -> Optional.of(duplicate(message));
            case BAD_NULL -> Optional.of(onColumn(Kind.NOT_NULL, NULL_COLUMN, message));
            case DATA_TOO_LONG, DATA_TRUNCATED -> Optional.of(onColumn(Kind.VALUE_TOO_LONG, COLUMN, message));
            case OUT_OF_RANGE -> Optional.of(onColumn(Kind.VALUE_OUT_OF_RANGE, COLUMN, message));
            case INVALID_USE_OF_NULL -> Optional.of(unlocated(Kind.CONTAINS_NULL_VALUES));
            case NO_REFERENCED_ROW, NO_REFERENCED_ROW_2 -> Optional.of(foreignKey(message, false));
            case ROW_IS_REFERENCED, ROW_IS_REFERENCED_2 -> Optional.of(foreignKey(message, true));
            default -> Optional.empty();
        };
    }

    /** {@code Duplicate entry 'x' for key 'authors.authors_email_unique'} (MySQL 8) or {@code ... key 'name'}. */
    private static ConstraintViolation duplicate(String message) {
        int keyAt = message.lastIndexOf(" for key '");
        if (keyAt < 0) {
            return unlocated(Kind.NOT_UNIQUE);
        }
        String key = message.substring(keyAt + " for key '".length());
        int end = key.lastIndexOf('\'');
        key = end >= 0 ? key.substring(0, end) : key;
        Optional<String> table = Optional.empty();
        int dot = key.indexOf('.');
        if (dot > 0) {
            table = Optional.of(key.substring(0, dot));
            key = key.substring(dot + 1);
        }
        Optional<String> column = Optional.empty();
        if (table.isPresent() && key.startsWith(table.get() + "_") && key.endsWith("_unique")
            && key.length() > table.get().length() + "__unique".length()) {
            column = Optional.of(key.substring(table.get().length() + 1, key.length() - "_unique".length()));
        }
        return new ConstraintViolation(Kind.NOT_UNIQUE, table, column);
    }

    /**
     * A child row pointing nowhere is placed on the child's table and column (unknown while ALTER TABLE copies
     * into a {@code #sql-...} table); a parent row still pointed at on the parent's table and key column.
     */
    private static ConstraintViolation foreignKey(String message, boolean parent) {
        Matcher matcher = FOREIGN_KEY.matcher(message);
        if (!matcher.find()) {
            return unlocated(Kind.FOREIGN_KEY);
        }
        if (parent) {
            return new ConstraintViolation(Kind.FOREIGN_KEY, Optional.of(name(matcher.group(5))),
                Optional.of(name(matcher.group(6))));
        }
        String child = name(matcher.group(2));
        return new ConstraintViolation(Kind.FOREIGN_KEY, child.startsWith("#sql") ? Optional.empty() : Optional.of(child),
            Optional.of(name(matcher.group(4))));
    }

    private static ConstraintViolation onColumn(Kind kind, Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message);
        return new ConstraintViolation(kind, Optional.empty(),
            matcher.find() ? Optional.of(matcher.group(1).replace("''", "'")) : Optional.empty());
    }

    private static String name(String quoted) {
        return quoted.replace("``", "`");
    }

    private static ConstraintViolation unlocated(Kind kind) {
        return new ConstraintViolation(kind, Optional.empty(), Optional.empty());
    }
}
