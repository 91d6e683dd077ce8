package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.ConstraintViolation;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A constraint violation this backend found itself (while rebuilding a table), already read: SQLite's own
 * message would name the temporary table of the rebuild, or say nothing at all about a foreign key.
 */
final class ViolationException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final transient ConstraintViolation violation;

    ViolationException(String message, ConstraintViolation violation, Throwable cause) {
        super(message, "23000", 19, cause);
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    ConstraintViolation violation() {
        return violation;
    }
}
