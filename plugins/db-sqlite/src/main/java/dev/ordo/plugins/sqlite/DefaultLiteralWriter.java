package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes a column default as a SQL literal checked against the column's type: numbers are re-printed from a
 * parsed {@link BigDecimal}, booleans become 1 or 0, and everything else is a quoted, escaped string. No
 * caller text reaches the DDL unchecked.
 */
final class DefaultLiteralWriter {

    private DefaultLiteralWriter() {
    }

    static String literal(ColumnDefault defaultValue, FieldType type, String column) {
        if (defaultValue instanceof ColumnDefault.CurrentTimestamp now && now.precision().isEmpty()) {
            return "CURRENT_TIMESTAMP";
        }
        if (!(defaultValue instanceof ColumnDefault.Literal literal)) {
            throw new IllegalArgumentException("SQLite has no SQL for the default of " + column + ": " + defaultValue);
        }
        Object value = literal.value();
        return switch (type) {
            case BOOLEAN -> booleanLiteral(value, column);
            case INTEGER, BIG_INTEGER -> integerLiteral(value, column);
            case FLOAT, DECIMAL -> numberOf(value, column).toPlainString();
            default -> stringLiteral(value.toString());
        };
    }

    static String stringLiteral(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a default must not contain a NUL character");
        }
        return "'" + text.replace("'", "''") + "'";
    }

    private static String booleanLiteral(Object value, String column) {
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1" -> "1";
            case "false", "0" -> "0";
            default -> throw invalid(value, "a boolean", column);
        };
    }

    private static String integerLiteral(Object value, String column) {
        BigDecimal number = numberOf(value, column);
        try {
            return number.toBigIntegerExact().toString();
        } catch (ArithmeticException fractional) {
            throw invalid(value, "a whole number", column);
        }
    }

    private static BigDecimal numberOf(Object value, String column) {
        if (value instanceof Boolean) {
            throw invalid(value, "a number", column);
        }
        try {
            // Double.toString gives the shortest exact spelling (0.1, not 0.1000000000000000055...).
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException notANumber) {
            throw invalid(value, "a number", column);
        }
    }

    private static IllegalArgumentException invalid(Object value, String expected, String column) {
        return new IllegalArgumentException("the default of " + column + " must be " + expected + ", not "
            + value.getClass().getSimpleName() + " " + stringLiteral(value.toString()));
    }
}
