package dev.ordo.plugins.data.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conversions Directus's validation (Joi, with conversion on) applies before comparing: numbers from numeric
 * text, dates from ISO text or epoch milliseconds, and the numeric form of an {@code _eq} operand. Rule operands are
 * read as JavaScript's {@code Number()} reads them, which decides whether a comparison is numeric or by date.
 */
final class LooseValues {

    private static final DateTimeFormatter ISO =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LooseValues() {
    }

    /** A submitted value as a number: a JSON number, or text that is one. */
    static Optional<BigDecimal> number(Object value) {
        if (value instanceof Number number) {
            return decimal(number);
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Optional.of(new BigDecimal(text.trim()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A rule's operand as JavaScript's {@code Number()} reads it; empty for NaN (the rule then compares dates). */
    static Optional<BigDecimal> operandNumber(Object operand) {
        if (operand == null) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (operand instanceof Boolean bool) {
            return Optional.of(bool ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        return number(operand);
    }

    /** A value as an instant: ISO text (a date alone is midnight UTC, a time without offset is UTC) or epoch millis. */
    static Optional<Instant> instant(Object value) {
        if (value instanceof Number number) {
            return Optional.of(Instant.ofEpochMilli(number.longValue()));
        }
        if (!(value instanceof String raw) || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.trim().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // try the forms without an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDateTime) {
            // try a date alone
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** An instant as JavaScript's {@code Date.toISOString()} writes it ({@code 2020-01-01T00:00:00.000Z}). */
    static String isoText(Instant instant) {
        return ISO.format(instant);
    }

    /**
     * The values an {@code _eq} or {@code _neq} operand stands for, as Directus lists them for Joi: the operand, and
     * the operand read as a number when that is a different value ({@code "5"} stands for {@code "5"} and {@code 5};
     * {@code 5}, {@code null}, {@code ""} and booleans only for themselves).
     */
    static List<Object> equalForms(Object operand) {
        List<Object> forms = new ArrayList<>();
        forms.add(operand);
        if (operand != null && !(operand instanceof Boolean) && !"".equals(operand)) {
            number(operand).map(LooseValues::json).filter(numeric -> !strictlySame(numeric, operand))
                .ifPresent(forms::add);
        }
        return forms;
    }

    /** JavaScript's {@code ===} on JSON values: numbers by value, anything else only equal to the same kind. */
    static boolean strictlySame(Object value, Object expected) {
        if (value == null || expected == null) {
            return value == expected;
        }
        if (value instanceof Number && expected instanceof Number) {
            Optional<BigDecimal> left = number(value);
            Optional<BigDecimal> right = number(expected);
            return left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) == 0;
        }
        return value.equals(expected);
    }

    /**
     * A number as JSON shows it: integral values without a fraction, as JavaScript prints them, in the smallest Java
     * type that holds them (as a JSON parser reads them back).
     */
    static Object json(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            long integral = stripped.longValueExact();
            return integral == (int) integral ? (Object) (int) integral : (Object) integral;
        }
        return stripped.doubleValue();
    }

    private static Optional<BigDecimal> decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? Optional.of(BigDecimal.valueOf(value)) : Optional.empty();
        }
        return Optional.of(new BigDecimal(number.toString()));
    }
}
