package dev.ordo.plugins.postgres;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a plain SQL number literal ({@code 42}, {@code -1.5}, {@code 1e+30}) and nothing else. */
final class NumberLiteral {

    private static final Pattern NUMBER =
        Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?", Pattern.CASE_INSENSITIVE);

    private NumberLiteral() {
    }

    /** An Integer when it fits, then a Long, otherwise a BigDecimal, so JSON shows {@code 0}, not {@code 0.0}. */
    static Optional<Number> parse(String text) {
        String trimmed = text.trim();
        if (!NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        BigDecimal decimal = new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        boolean integral = trimmed.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
        if (!integral) {
            return Optional.of(decimal);
        }
        try {
            return Optional.of(decimal.intValueExact());
        } catch (ArithmeticException notAnInt) {
            try {
                return Optional.of(decimal.longValueExact());
            } catch (ArithmeticException notALong) {
                return Optional.of(decimal);
            }
        }
    }
}
