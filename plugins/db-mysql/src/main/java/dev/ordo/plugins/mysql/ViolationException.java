package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.ConstraintViolation;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A constraint violation this backend found itself before running a statement, already read: the server would
 * report it without naming the column, and differently on MySQL and MariaDB.
 */
final class ViolationException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final transient ConstraintViolation violation;

    ViolationException(String message, ConstraintViolation violation) {
        super(message, "22004", 1138);
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    ConstraintViolation violation() {
        return violation;
    }
}
