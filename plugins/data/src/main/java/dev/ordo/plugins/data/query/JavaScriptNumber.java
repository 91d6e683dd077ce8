package dev.ordo.plugins.data.query;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JavaScript's {@code Number(value)} over the JSON-like values of a query, which Directus uses to read numeric
 * parameters and numeric filter values: whitespace around is ignored, the empty string is 0, {@code true} is 1,
 * {@code null} is 0, {@code 0x}/{@code 0o}/{@code 0b} literals and {@code Infinity} are read, anything else is NaN.
 */
public final class JavaScriptNumber {

    private static final Pattern DECIMAL =
        Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[+-]?Infinity");
    private static final Pattern RADIX = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");

    private JavaScriptNumber() {
    }

    /** JavaScript's {@code Number(value)}: NaN for anything that is not a number. */
    public static double of(Object value) {
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
