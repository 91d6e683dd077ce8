package dev.ordo.plugins.postgres;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.api.schema.TableSchema;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads PostgreSQL's constraint errors by SQLSTATE. The server names the table (and, for NOT NULL, the column) in
 * fields of its error; the column of a unique or foreign key violation is only in the detail
 * ({@code Key (email)=(a@b.c) already exists.}). Too-long and out-of-range values name neither: knowing the row a
 * statement wrote, their column is the first whose written value it cannot hold.
 */
final class PostgresViolations {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String NOT_NULL_VIOLATION = "23502";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String STRING_DATA_RIGHT_TRUNCATION = "22001";
    private static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";

    private static final Pattern KEY_COLUMNS = Pattern.compile("^Key \\((.+?)\\)=\\(");
    /** {@code update or delete on table "authors" violates foreign key constraint ... on table "articles"}. */
    private static final Pattern DELETED_FROM = Pattern.compile("^update or delete on table \"((?:[^\"]|\"\")+)\"");

    private PostgresViolations() {
    }

    static Optional<ConstraintViolation> read(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<ConstraintViolation> read = readOne(sql);
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    /** @param values the values the failed statement wrote into {@code table}, by column */
    static Optional<ConstraintViolation> read(SQLException failure, TableSchema table, Map<String, ?> values) {
        return read(failure).map(violation -> placed(violation, table, values));
    }

    private static ConstraintViolation placed(ConstraintViolation violation, TableSchema table, Map<String, ?> values) {
        if (violation.column().isPresent()) {
            return violation;
        }
        Optional<String> column = switch (violation.kind()) {
            case VALUE_TOO_LONG -> ValueLimits.tooLong(table, values);
            case VALUE_OUT_OF_RANGE -> ValueLimits.outOfRange(table, values);
            default -> Optional.empty();
        };
        return column.map(name -> new ConstraintViolation(violation.kind(), Optional.of(table.name()), Optional.of(name)))
            .orElse(violation);
    }

    private static Optional<ConstraintViolation> readOne(SQLException failure) {
        ServerErrorMessage server = failure instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        Optional<String> table = Optional.ofNullable(server).map(ServerErrorMessage::getTable);
        Optional<String> column = Optional.ofNullable(server).map(ServerErrorMessage::getColumn);
        String message = server != null && server.getMessage() != null ? server.getMessage()
            : failure.getMessage() == null ? "" : failure.getMessage();
        Optional<String> keyColumn = Optional.ofNullable(server).map(ServerErrorMessage::getDetail)
            .flatMap(PostgresViolations::keyColumn);
        return switch (failure.getSQLState()) {
            case UNIQUE_VIOLATION -> Optional.of(new ConstraintViolation(Kind.NOT_UNIQUE, table, keyColumn));
            case NOT_NULL_VIOLATION -> Optional.of(new ConstraintViolation(
                message.contains("contains null values") ? Kind.CONTAINS_NULL_VALUES : Kind.NOT_NULL, table, column));
            case FOREIGN_KEY_VIOLATION -> Optional.of(foreignKey(message, table, keyColumn));
            case STRING_DATA_RIGHT_TRUNCATION -> Optional.of(unlocated(Kind.VALUE_TOO_LONG));
            case NUMERIC_VALUE_OUT_OF_RANGE -> Optional.of(unlocated(Kind.VALUE_OUT_OF_RANGE));
            default -> Optional.empty();
        };
    }

    /**
     * Inserting a key that points nowhere is reported on the referencing table and column. Deleting (or changing)
     * a row that is still pointed at is reported by PostgreSQL on the referencing table too, but the detail names
     * the deleted row's key: so the violation is placed on the table the row was deleted from.
     */
    private static ConstraintViolation foreignKey(String message, Optional<String> table, Optional<String> keyColumn) {
        Matcher deleted = DELETED_FROM.matcher(message);
        if (deleted.find()) {
            return new ConstraintViolation(Kind.FOREIGN_KEY, Optional.of(deleted.group(1).replace("\"\"", "\"")),
                keyColumn);
        }
        return new ConstraintViolation(Kind.FOREIGN_KEY, table, keyColumn);
    }

    /** The single column of a {@code Key (...)=(...)} detail; empty for a key of several columns or expressions. */
    static Optional<String> keyColumn(String detail) {
        Matcher matcher = KEY_COLUMNS.matcher(detail);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String columns = matcher.group(1);
        if (columns.startsWith("\"") && columns.endsWith("\"") && columns.length() > 1) {
            String inner = columns.substring(1, columns.length() - 1);
            return inner.replace("\"\"", "").contains("\"") ? Optional.empty() : Optional.of(inner.replace("\"\"", "\""));
        }
        if (columns.contains(",") || columns.contains("(") || columns.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(columns);
    }

    private static ConstraintViolation unlocated(Kind kind) {
        return new ConstraintViolation(kind, Optional.empty(), Optional.empty());
    }
}
