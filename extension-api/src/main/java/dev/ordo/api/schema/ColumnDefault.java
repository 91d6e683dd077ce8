package dev.ordo.api.schema;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The default of a column to be created. Besides constants, Directus allows two database functions as defaults
 * (DATA-API.md §2.4): the current time and {@code gen_random_uuid()}. A backend renders each kind from its own
 * fixed SQL; no caller text reaches the DDL.
 */
public sealed interface ColumnDefault {

    /** The largest fractional-seconds precision SQL timestamps have (microseconds). */
    int MAX_PRECISION = 6;

    /** A constant: a {@code String}, {@code Number} or {@code Boolean}, always bound or escaped by the backend. */
    record Literal(Object value) implements ColumnDefault {
        public Literal {
            Objects.requireNonNull(value, "value");
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("a column default must be a string, number or boolean");
            }
        }
    }

    /**
     * The database's current date and time at insert ({@code CURRENT_TIMESTAMP}).
     *
     * @param precision digits of fractional seconds ({@code CURRENT_TIMESTAMP(3)}), 0 to {@link #MAX_PRECISION};
     *                  empty for the database's plain current time. Since 1.4.0; a backend that ignores it
     *                  writes the plain current time.
     */
    record CurrentTimestamp(OptionalInt precision) implements ColumnDefault {
        public CurrentTimestamp {
            Objects.requireNonNull(precision, "precision");
            if (precision.isPresent() && (precision.getAsInt() < 0 || precision.getAsInt() > MAX_PRECISION)) {
                throw new IllegalArgumentException("a timestamp precision is 0 to " + MAX_PRECISION + ", not "
                    + precision.getAsInt());
            }
        }

        /** The plain current time, without a precision. */
        public CurrentTimestamp() {
            this(OptionalInt.empty());
        }
    }

    /**
     * A new random UUID per row, made by the database's {@code gen_random_uuid()}. A backend whose database has no
     * such function refuses it with a {@link java.sql.SQLException}, as that database would refuse the SQL.
     *
     * @since 1.4.0
     */
    record RandomUuid() implements ColumnDefault {
    }

    static ColumnDefault of(Object value) {
        return new Literal(value);
    }

    static ColumnDefault now() {
        return new CurrentTimestamp();
    }

    /** @since 1.4.0 */
    static ColumnDefault now(int precision) {
        return new CurrentTimestamp(OptionalInt.of(precision));
    }

    /** @since 1.4.0 */
    static ColumnDefault randomUuid() {
        return new RandomUuid();
    }
}
