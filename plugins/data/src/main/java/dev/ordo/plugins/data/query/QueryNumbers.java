package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The numeric parameters ({@code limit}, {@code offset}, {@code page}): read with JavaScript's {@code Number()}
 * conversion, as Directus does, then checked as whole numbers with Directus's (Joi's) wording.
 */
final class QueryNumbers {

    private static final double MAX_SAFE_INTEGER = 9_007_199_254_740_991d;
    private static final Pattern DECIMAL =
        Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[+-]?Infinity");
    private static final Pattern RADIX = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");

    private QueryNumbers() {
    }

    /** JavaScript's {@code Number(value)}: NaN for anything that is not a number. */
    static double toNumber(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            return parse(text);
        }
        if (value instanceof List<?> list) {
            return parse(joined(list));
        }
        return Double.NaN;
    }

    /**
     * Checks that {@code value} is a whole number in {@code [min, max]}.
     *
     * @param parameter the parameter's name, quoted in the reason
     */
    static int wholeNumber(String parameter, double value, int min, int max) {
        String label = "\"" + parameter + "\"";
        if (Double.isNaN(value)) {
            throw new InvalidQueryException(label + " must be a number");
        }
        if (Double.isInfinite(value)) {
            throw new InvalidQueryException(label + " cannot be infinity");
        }
        if (Math.abs(value) > MAX_SAFE_INTEGER) {
            throw new InvalidQueryException(label + " must be a safe number");
        }
        if (value != Math.rint(value)) {
            throw new InvalidQueryException(label + " must be an integer");
        }
        if (value < min) {
            throw new InvalidQueryException(label + " must be greater than or equal to " + min);
        }
        if (value > max) {
            throw new InvalidQueryException(label + " must be less than or equal to " + max);
        }
        return (int) value;
    }

    private static double parse(String raw) {
        String text = stripJavaScriptWhitespace(raw);
        if (text.isEmpty()) {
            return 0;
        }
        if (INFINITY.matcher(text).matches()) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        var radix = RADIX.matcher(text);
        if (radix.matches()) {
            int base = switch (Character.toLowerCase(radix.group(1).charAt(0))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            try {
                return new BigInteger(radix.group(2), base).doubleValue();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    // String(array): items joined with commas, null as empty, objects as "[object Object]".
    private static String joined(List<?> list) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object item = list.get(i);
            if (item instanceof List<?> nested) {
                text.append(joined(nested));
            } else if (item instanceof Map<?, ?>) {
                text.append("[object Object]");
            } else if (item != null) {
                text.append(item);
            }
        }
        return text.toString();
    }

    private static String stripJavaScriptWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJavaScriptWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJavaScriptWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJavaScriptWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
