package dev.ordo.api.schema;

import java.util.Objects;

/** The default of a column to be created. */
public sealed interface ColumnDefault {

    /** A constant: a {@code String}, {@code Number} or {@code Boolean}, always bound or escaped by the backend. */
    record Literal(Object value) implements ColumnDefault {
        public Literal {
            Objects.requireNonNull(value, "value");
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("a column default must be a string, number or boolean");
            }
        }
    }

    /** The database's current date and time at insert. */
    record CurrentTimestamp() implements ColumnDefault {
    }

    static ColumnDefault of(Object value) {
        return new Literal(value);
    }

    static ColumnDefault now() {
        return new CurrentTimestamp();
    }
}
