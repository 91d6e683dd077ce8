package dev.ordo.plugins.postgres;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.TableSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Finds the written value a column cannot hold, for the errors PostgreSQL reports without naming the column: a
 * string longer than its character column allows, a number outside its numeric column's range.
 */
final class ValueLimits {

    private static final BigDecimal REAL_MAX = new BigDecimal(Float.toString(Float.MAX_VALUE));
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.toString(Double.MAX_VALUE));

    private ValueLimits() {
    }

    /** The first written column whose text is longer than the column's length. */
    static Optional<String> tooLong(TableSchema table, Map<String, ?> values) {
        return firstColumn(table, values, ValueLimits::isTooLong);
    }

    /** The first written column whose number is outside the range of the column's type. */
    static Optional<String> outOfRange(TableSchema table, Map<String, ?> values) {
        return firstColumn(table, values, ValueLimits::isOutOfRange);
    }

    private static Optional<String> firstColumn(TableSchema table, Map<String, ?> values,
                                                BiPredicate<ColumnSchema, Object> exceeds) {
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            Optional<ColumnSchema> column = table.column(entry.getKey());
            if (column.isPresent() && entry.getValue() != null && exceeds.test(column.get(), entry.getValue())) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL cuts excess trailing spaces silently, so they do not count. */
    private static boolean isTooLong(ColumnSchema column, Object value) {
        if (!(value instanceof String text) || column.maxLength().isEmpty()) {
            return false;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.codePointCount(0, end) > column.maxLength().getAsLong();
    }

    private static boolean isOutOfRange(ColumnSchema column, Object value) {
        Optional<BigDecimal> number = number(value);
        if (number.isEmpty()) {
            return false;
        }
        BigDecimal given = number.get();
        return switch (column.dataType()) {
            case "smallint" -> outside(given, Short.MIN_VALUE, Short.MAX_VALUE);
            case "integer" -> outside(given, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "bigint" -> outside(given, Long.MIN_VALUE, Long.MAX_VALUE);
            case "numeric" -> exceedsPrecision(given, column);
            case "real" -> given.abs().compareTo(REAL_MAX) > 0;
            case "double precision" -> given.abs().compareTo(DOUBLE_MAX) > 0;
            default -> false;
        };
    }

    /** Integer columns take the value rounded, half away from zero, as PostgreSQL rounds. */
    private static boolean outside(BigDecimal given, long min, long max) {
        BigDecimal rounded = given.setScale(0, RoundingMode.HALF_UP);
        return rounded.compareTo(BigDecimal.valueOf(min)) < 0 || rounded.compareTo(BigDecimal.valueOf(max)) > 0;
    }

    /** {@code numeric(p, s)} holds values that, rounded to {@code s} places, are below 10^(p - s). */
    private static boolean exceedsPrecision(BigDecimal given, ColumnSchema column) {
        if (column.numericPrecision().isEmpty()) {
            return false;
        }
        int scale = column.numericScale().orElse(0);
        BigDecimal rounded = given.setScale(scale, RoundingMode.HALF_UP).abs();
        return rounded.compareTo(BigDecimal.ONE.scaleByPowerOfTen(column.numericPrecision().getAsInt() - scale)) >= 0;
    }

    private static Optional<BigDecimal> number(Object value) {
        if (!(value instanceof Number) && !(value instanceof String)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.toString().trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
