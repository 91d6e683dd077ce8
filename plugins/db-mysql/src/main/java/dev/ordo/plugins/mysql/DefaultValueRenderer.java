package dev.ordo.plugins.mysql;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Writes a column's default as SQL. Numbers and booleans are checked against the column's type and written
 * from their parsed value; everything else becomes an escaped string literal, so no caller text reaches the
 * DDL unchecked.
 */
final class DefaultValueRenderer {

    /** Keeps {@code toPlainString} short: {@code 1e999999999} is a valid BigDecimal but no column's default. */
    private static final int MAX_EXPONENT = 100;

    private DefaultValueRenderer() {
    }

    /** The SQL after {@code DEFAULT}; empty when the column has no default. */
    static Optional<String> render(ColumnDefinition column) {
        if (column.defaultValue().isEmpty() || column.autoIncrement()) {
            return Optional.empty();
        }
        ColumnDefault value = column.defaultValue().get();
        if (value instanceof ColumnDefault.CurrentTimestamp now) {
            return Optional.of(currentTimestamp(column, now));
        }
        if (value instanceof ColumnDefault.Literal literal) {
            return Optional.of(literal(column, literal.value()));
        }
        throw invalid(column, "cannot default to " + value + " on this database");
    }

    /** With a precision as asked: MariaDB cuts it to the column's own, MySQL refuses one that differs. */
    private static String currentTimestamp(ColumnDefinition column, ColumnDefault.CurrentTimestamp now) {
        return switch (column.type()) {
            case TIMESTAMP, DATE_TIME -> now.precision().isPresent()
                ? "CURRENT_TIMESTAMP(" + now.precision().getAsInt() + ")" : "CURRENT_TIMESTAMP";
            default -> throw invalid(column, "can only default to the current time when it is a timestamp or dateTime");
        };
    }

    private static String literal(ColumnDefinition column, Object value) {
        return switch (column.type()) {
            case BOOLEAN -> bool(column, value) ? "1" : "0";
            case INTEGER, BIG_INTEGER -> wholeNumber(column, value);
            case DECIMAL, FLOAT -> number(column, value).toPlainString();
            // MySQL 8 takes defaults for these types only as expressions; MariaDB takes both forms.
            case TEXT, CSV, JSON, BINARY -> "(" + SqlStringLiteral.quote(text(value)) + ")";
            case STRING, HASH, UUID, DATE, DATE_TIME, TIMESTAMP, TIME -> SqlStringLiteral.quote(text(value));
            default -> throw invalid(column, "cannot have a default value");
        };
    }

    private static boolean bool(ColumnDefinition column, Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        String text = value instanceof String string
            ? string.trim()
            : exactNumber(value).map(n -> n.stripTrailingZeros().toPlainString()).orElse("");
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw invalid(column, "needs a boolean default");
        };
    }

    private static String wholeNumber(ColumnDefinition column, Object value) {
        BigDecimal number = number(column, value);
        try {
            return number.toBigIntegerExact().toString();
        } catch (ArithmeticException fraction) {
            throw invalid(column, "needs a whole number as its default");
        }
    }

    private static BigDecimal number(ColumnDefinition column, Object value) {
        Optional<BigDecimal> number = value instanceof String string ? parse(string) : exactNumber(value);
        return number
            .filter(n -> Math.abs(n.scale()) <= MAX_EXPONENT)
            .orElseThrow(() -> invalid(column, "needs a number as its default"));
    }

    /** The JDK's own number types, read exactly; NaN, infinities and other Number classes are refused. */
    private static Optional<BigDecimal> exactNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof BigInteger integer) {
            return Optional.of(new BigDecimal(integer));
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return Optional.of(new BigDecimal(value.toString()));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> parse(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        return exactNumber(value).map(BigDecimal::toPlainString).orElseGet(() -> String.valueOf(value));
    }

    private static InvalidPayloadException invalid(ColumnDefinition column, String problem) {
        return new InvalidPayloadException("Field \"" + column.name() + "\" " + problem);
    }
}
