package dev.ordo.api.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * What a backend recognised in a database error: which constraint an insert, update or schema change broke, and
 * where, when the database says. The items service turns it into the matching Directus error
 * ({@code RECORD_NOT_UNIQUE}, {@code NOT_NULL_VIOLATION}, ...) with the field and the submitted value.
 *
 * @param table  empty when the database does not name it
 * @param column empty when the database does not name it (SQLite never names the column of a foreign key)
 */
public record ConstraintViolation(Kind kind, Optional<String> table, Optional<String> column) {

    public ConstraintViolation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    public enum Kind {
        /** A unique constraint or primary key already holds the value: {@code RECORD_NOT_UNIQUE}. */
        NOT_UNIQUE,
        /** NULL into a NOT NULL column: {@code NOT_NULL_VIOLATION}. */
        NOT_NULL,
        /** The referenced row does not exist, or rows still point at a deleted one: {@code INVALID_FOREIGN_KEY}. */
        FOREIGN_KEY,
        /** A string longer than the column allows: {@code VALUE_TOO_LONG}. */
        VALUE_TOO_LONG,
        /** A number outside the column's range: {@code VALUE_OUT_OF_RANGE}. */
        VALUE_OUT_OF_RANGE,
        /** Making a column NOT NULL while rows hold nulls: {@code CONTAINS_NULL_VALUES}. */
        CONTAINS_NULL_VALUES
    }
}
