package dev.ordo.plugins.postgres;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a column default as SQL. Numbers and booleans are checked against the column's type and written from
 * their parsed value; strings are always quoted and escaped; the current time and a random UUID are fixed
 * function calls; nothing is copied unchecked.
 */
final class DefaultLiteralWriter {

    private static final Set<FieldType> TEMPORAL_TYPES =
        Set.of(FieldType.DATE, FieldType.DATE_TIME, FieldType.TIMESTAMP, FieldType.TIME);

    private static final Set<FieldType> TEXT_TYPES =
        Set.of(FieldType.STRING, FieldType.TEXT, FieldType.HASH, FieldType.CSV);

    /** The types {@code gen_random_uuid()} assigns to: uuid itself and, by its cast to text, the text types. */
    private static final Set<FieldType> UUID_TYPES =
        Set.of(FieldType.UUID, FieldType.STRING, FieldType.TEXT, FieldType.HASH, FieldType.CSV);

    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private DefaultLiteralWriter() {
    }

    static String render(ColumnDefault value, ColumnDefinition column) {
        if (value instanceof ColumnDefault.CurrentTimestamp now) {
            if (!TEMPORAL_TYPES.contains(column.type())) {
                throw invalid(column, "the current time is only a default for date and time columns");
            }
            return now.precision().isPresent() ? "CURRENT_TIMESTAMP(" + now.precision().getAsInt() + ")"
                : "CURRENT_TIMESTAMP";
        }
        if (value instanceof ColumnDefault.RandomUuid) {
            if (!UUID_TYPES.contains(column.type())) {
                throw invalid(column, "a random uuid is only a default for uuid and text columns");
            }
            return "gen_random_uuid()";
        }
        Object literal = ((ColumnDefault.Literal) value).value();
        if (literal instanceof Boolean bool) {
            return bool(bool, column);
        }
        if (literal instanceof Number number) {
            return number(decimal(number, column), column);
        }
        return string((String) literal, column);
    }

    private static String bool(boolean value, ColumnDefinition column) {
        if (column.type() == FieldType.BOOLEAN) {
            return value ? "TRUE" : "FALSE";
        }
        if (TEXT_TYPES.contains(column.type())) {
            return quote(Boolean.toString(value));
        }
        throw invalid(column, "a boolean default needs a boolean or text column");
    }

    private static String number(BigDecimal value, ColumnDefinition column) {
        FieldType type = column.type();
        if (type == FieldType.BOOLEAN) {
            if (value.compareTo(BigDecimal.ONE) == 0 || value.signum() == 0) {
                return value.signum() == 0 ? "FALSE" : "TRUE";
            }
            throw invalid(column, "a boolean default must be true, false, 1 or 0");
        }
        if (TEXT_TYPES.contains(type)) {
            return quote(value.toPlainString());
        }
        if (type == FieldType.INTEGER || type == FieldType.BIG_INTEGER) {
            BigDecimal min = type == FieldType.INTEGER ? MIN_INT : MIN_LONG;
            BigDecimal max = type == FieldType.INTEGER ? MAX_INT : MAX_LONG;
            if (value.stripTrailingZeros().scale() > 0 || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw invalid(column, "the default " + value.toPlainString() + " is not a " + type.id());
            }
            return value.toBigIntegerExact().toString();
        }
        if (type == FieldType.FLOAT || type == FieldType.DECIMAL) {
            return value.toPlainString();
        }
        throw invalid(column, "a numeric default needs a numeric or text column");
    }

    private static String string(String value, ColumnDefinition column) {
        FieldType type = column.type();
        if (ColumnTypeWriter.isNumeric(type)) {
            BigDecimal number = NumberLiteral.parse(value)
                .map(parsed -> decimal(parsed, column))
                .orElseThrow(() -> invalid(column, "the default is not a number"));
            return number(number, column);
        }
        if (type == FieldType.BOOLEAN) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> "TRUE";
                case "false", "0" -> "FALSE";
                default -> throw invalid(column, "a boolean default must be true, false, 1 or 0");
            };
        }
        return quote(value);
    }

    /**
     * A string literal that reads the same whatever {@code standard_conforming_strings} is: plain quotes
     * when there is no backslash, an {@code E''} literal with escaped backslashes otherwise.
     */
    static String quote(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PostgreSQL text cannot contain a zero character");
        }
        String doubledQuotes = value.replace("'", "''");
        if (value.indexOf('\\') < 0) {
            return "'" + doubledQuotes + "'";
        }
        return "E'" + doubledQuotes.replace("\\", "\\\\") + "'";
    }

    private static BigDecimal decimal(Number number, ColumnDefinition column) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw invalid(column, "the default must be a finite number");
            }
            return BigDecimal.valueOf(value);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        // Any other Number (AtomicLong, a custom type) must still print as a plain number.
        return NumberLiteral.parse(number.toString())
            .map(parsed -> decimal(parsed, column))
            .orElseThrow(() -> invalid(column, "the default is not a number"));
    }

    private static IllegalArgumentException invalid(ColumnDefinition column, String problem) {
        return new IllegalArgumentException(problem + ": " + column.name() + " (" + column.type().id() + ")");
    }
}
