package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Reads SQLite's constraint errors. The extended result code tells the kind; the message names the table and
 * column for UNIQUE, PRIMARY KEY and NOT NULL ({@code UNIQUE constraint failed: t.c}) but never for a foreign
 * key. SQLite enforces no length or numeric range, so it has no "too long" or "out of range" errors.
 */
final class SqliteViolations {

    /** SQLITE_CONSTRAINT: the primary result code of every constraint failure. */
    private static final int CONSTRAINT = 19;

    private static final Pattern FAILED_ON = Pattern.compile(
        "(UNIQUE|NOT NULL) constraint failed: ([^()]+?)\\)?$");

    private SqliteViolations() {
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
        Kind kind = null;
        if (failure instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            kind = switch (code) {
                case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> Kind.NOT_UNIQUE;
                case SQLITE_CONSTRAINT_NOTNULL -> Kind.NOT_NULL;
                case SQLITE_CONSTRAINT_FOREIGNKEY -> Kind.FOREIGN_KEY;
                default -> null;
            };
        }
        if (kind == null && failure.getErrorCode() == CONSTRAINT) {
            // Without extended result codes only the message tells the kinds apart.
            String upper = message.toUpperCase(Locale.ROOT);
            if (upper.contains("UNIQUE CONSTRAINT FAILED")) {
                kind = Kind.NOT_UNIQUE;
            } else if (upper.contains("NOT NULL CONSTRAINT FAILED")) {
                kind = Kind.NOT_NULL;
            } else if (upper.contains("FOREIGN KEY CONSTRAINT FAILED")) {
                kind = Kind.FOREIGN_KEY;
            }
        }
        if (kind == null) {
            return Optional.empty();
        }
        if (kind == Kind.FOREIGN_KEY) {
            return Optional.of(new ConstraintViolation(kind, Optional.empty(), Optional.empty()));
        }
        return Optional.of(located(kind, message));
    }

    /**
     * The violation with the table and column of {@code t.c} in the message; none when several columns are listed
     * ({@code t.a, t.b}) or an index is named instead ({@code index 'i'}).
     */
    static ConstraintViolation located(Kind kind, String message) {
        Matcher matcher = FAILED_ON.matcher(message.strip());
        if (matcher.find()) {
            String target = matcher.group(2).strip();
            int dot = target.lastIndexOf('.');
            if (!target.contains(", ") && !target.startsWith("index ") && dot > 0 && dot < target.length() - 1) {
                return new ConstraintViolation(kind, Optional.of(target.substring(0, dot)),
                    Optional.of(target.substring(dot + 1)));
            }
        }
        return new ConstraintViolation(kind, Optional.empty(), Optional.empty());
    }
}
