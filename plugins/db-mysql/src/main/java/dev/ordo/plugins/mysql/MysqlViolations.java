package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.api.schema.TableSchema;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MySQL's and MariaDB's constraint errors by their error numbers. Most messages name the column; a foreign
 * key message names both tables; a duplicate only names the key, with its table on MySQL 8
 * ({@code 'authors.authors_email_unique'}) and without it on MariaDB ({@code 'authors_email_unique'}), so the
 * column is known only when the key is the primary key or follows Directus's {@code <table>_<column>_unique}, and
 * the table is named or known to be the one the statement wrote.
 */
final class MysqlViolations {

    private static final int DUPLICATE_ENTRY = 1062;
    private static final int DUPLICATE_ENTRY_WITH_KEY_NAME = 1586;
    private static final int BAD_NULL = 1048;
    private static final int NO_DEFAULT_FOR_FIELD = 1364;
    private static final int DATA_TOO_LONG = 1406;
    private static final int DATA_TRUNCATED = 1265;
    private static final int OUT_OF_RANGE = 1264;
    /** {@code Incorrect datetime value: '2038-01-19 03:14:08' for column ...}: a date a TIMESTAMP cannot hold. */
    private static final int TRUNCATED_WRONG_VALUE = 1292;
    private static final int INVALID_USE_OF_NULL = 1138;
    private static final int NO_REFERENCED_ROW = 1216;
    private static final int NO_REFERENCED_ROW_2 = 1452;
    private static final int ROW_IS_REFERENCED = 1217;
    private static final int ROW_IS_REFERENCED_2 = 1451;
    /**
     * MariaDB's answer, in place of a duplicate entry, when it rebuilds a table to add a unique key it keeps as a hash
     * (over a TEXT column) and meets a repeated value while another table's foreign key points at the table.
     */
    private static final int DUPLICATE_WHILE_REBUILDING_PARENT = 1834;

    private static final String NAME = "`((?:[^`]|``)+)`";
    private static final Pattern COLUMN = Pattern.compile("column '((?:[^']|'')+)'", Pattern.CASE_INSENSITIVE);
    /** MariaDB names the column with its database and table: {@code for column `db`.`table`.`ts`}. */
    private static final Pattern QUALIFIED_COLUMN = Pattern.compile("for column (?:" + NAME + "\\.)*" + NAME);
    private static final Pattern NULL_COLUMN = Pattern.compile("Column '((?:[^']|'')+)' cannot be null");
    /** A NOT NULL column without default left out of an insert: MySQL's strict mode refuses it like a null. */
    private static final Pattern NO_DEFAULT_COLUMN = Pattern.compile("Field '((?:[^']|'')+)' doesn't have a default");
    /** The name MySQL and MariaDB give every primary key. */
    private static final String PRIMARY_KEY = "PRIMARY";
    private static final Pattern FOREIGN_KEY = Pattern.compile("\\(" + NAME + "\\." + NAME + ", CONSTRAINT " + NAME
        + " FOREIGN KEY \\(" + NAME + "\\) REFERENCES " + NAME + " \\(" + NAME + "\\)");

    private MysqlViolations() {
    }

    static Optional<ConstraintViolation> read(SQLException failure) {
        return read(failure, Optional.empty());
    }

    /** @param written the table the failed statement wrote, when known */
    static Optional<ConstraintViolation> read(SQLException failure, Optional<TableSchema> written) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViolationException known) {
                return Optional.of(known.violation());
            }
            if (cause instanceof SQLException sql) {
                Optional<ConstraintViolation> read = readOne(sql, written);
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ConstraintViolation> readOne(SQLException failure, Optional<TableSchema> written) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return switch (failure.getErrorCode()) {
            case DUPLICATE_ENTRY, DUPLICATE_ENTRY_WITH_KEY_NAME -> Optional.of(duplicate(message, written));
            case DUPLICATE_WHILE_REBUILDING_PARENT -> Optional.of(unlocated(Kind.NOT_UNIQUE));
            case BAD_NULL -> Optional.of(onColumn(Kind.NOT_NULL, NULL_COLUMN, message));
            case NO_DEFAULT_FOR_FIELD -> Optional.of(onColumn(Kind.NOT_NULL, NO_DEFAULT_COLUMN, message));
            case DATA_TOO_LONG, DATA_TRUNCATED -> Optional.of(onColumn(Kind.VALUE_TOO_LONG, COLUMN, message));
            case OUT_OF_RANGE -> Optional.of(onColumn(Kind.VALUE_OUT_OF_RANGE, COLUMN, message));
            case TRUNCATED_WRONG_VALUE -> Optional.of(outOfRange(message));
            case INVALID_USE_OF_NULL -> Optional.of(unlocated(Kind.CONTAINS_NULL_VALUES));
            case NO_REFERENCED_ROW, NO_REFERENCED_ROW_2 -> Optional.of(foreignKey(message, false));
            case ROW_IS_REFERENCED, ROW_IS_REFERENCED_2 -> Optional.of(foreignKey(message, true));
            default -> Optional.empty();
        };
    }

    /**
     * {@code Duplicate entry 'x' for key 'authors.authors_email_unique'} (MySQL 8) or {@code ... key 'name'}
     * (MariaDB). A key without its table is placed on the written table, whose keys are the only ones an insert or
     * update of it can break.
     */
    private static ConstraintViolation duplicate(String message, Optional<TableSchema> written) {
        int keyAt = message.lastIndexOf(" for key '");
        if (keyAt < 0) {
            return unlocated(Kind.NOT_UNIQUE);
        }
        String named = message.substring(keyAt + " for key '".length());
        int end = named.lastIndexOf('\'');
        named = end >= 0 ? named.substring(0, end) : named;
        int dot = named.indexOf('.');
        Optional<String> table = dot > 0 ? Optional.of(named.substring(0, dot)) : Optional.empty();
        String key = dot > 0 ? named.substring(dot + 1) : named;
        Optional<TableSchema> writtenTable = written.filter(t -> table.map(t.name()::equals).orElse(true));
        if (writtenTable.isPresent()) {
            Optional<String> column = keyColumn(writtenTable.get(), key);
            return new ConstraintViolation(Kind.NOT_UNIQUE, Optional.of(writtenTable.get().name()), column);
        }
        return new ConstraintViolation(Kind.NOT_UNIQUE, table, table.flatMap(name -> uniqueKeyColumn(name, key)));
    }

    /** The column of a key of the written table: its primary key, or a {@code <table>_<column>_unique} key. */
    private static Optional<String> keyColumn(TableSchema table, String key) {
        if (key.equals(PRIMARY_KEY)) {
            return table.singlePrimaryKey();
        }
        return uniqueKeyColumn(table.name(), key).filter(column -> table.column(column).isPresent());
    }

    /** The column a key named as Directus (Knex) names unique keys covers: {@code <table>_<column>_unique}. */
    private static Optional<String> uniqueKeyColumn(String table, String key) {
        if (key.startsWith(table + "_") && key.endsWith("_unique")
            && key.length() > table.length() + "__unique".length()) {
            return Optional.of(key.substring(table.length() + 1, key.length() - "_unique".length()));
        }
        return Optional.empty();
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

    /** MySQL quotes the column ({@code for column 'ts'}); MariaDB qualifies it with backticks. */
    private static ConstraintViolation outOfRange(String message) {
        Matcher qualified = QUALIFIED_COLUMN.matcher(message);
        if (qualified.find()) {
            return new ConstraintViolation(Kind.VALUE_OUT_OF_RANGE, Optional.empty(),
                Optional.of(name(qualified.group(2))));
        }
        return onColumn(Kind.VALUE_OUT_OF_RANGE, COLUMN, message);
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
