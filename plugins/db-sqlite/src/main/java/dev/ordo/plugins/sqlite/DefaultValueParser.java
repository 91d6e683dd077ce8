package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a column default as SQLite keeps it (the SQL text after DEFAULT) as the JSON value Directus reports:
 * numbers as numbers, booleans as booleans, string literals unquoted, any spelling of "now" as
 * {@code CURRENT_TIMESTAMP}, and any other expression as its SQL text.
 */
final class DefaultValueParser {

    static final String CURRENT_TIMESTAMP = "CURRENT_TIMESTAMP";

    private static final Pattern CURRENT_TIME = Pattern.compile(
        "(?i)current_timestamp\\s*(\\(\\s*\\d*\\s*\\))?|now\\s*\\(\\s*\\)|localtimestamp\\s*(\\(\\s*\\d*\\s*\\))?"
            + "|datetime\\s*\\(\\s*'now'\\s*\\)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern HEX_INTEGER = Pattern.compile("(?i)0x[0-9a-f]{1,16}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?");
    private static final Pattern CAST_START = Pattern.compile("(?i)cast\\s*\\(");

    private DefaultValueParser() {
    }

    /** The default of a column of {@code type}; empty when there is none or it is NULL. */
    static Optional<Object> parse(Optional<String> defaultSql, FieldType type) {
        return defaultSql.flatMap(sql -> parse(sql, type));
    }

    private static Optional<Object> parse(String sql, FieldType type) {
        String text = withoutOuterParentheses(sql.trim());
        if (text.isEmpty() || text.equalsIgnoreCase("null")) {
            return Optional.empty();
        }
        if (CURRENT_TIME.matcher(text).matches()) {
            return Optional.of(CURRENT_TIMESTAMP);
        }
        Optional<String> castOperand = castOperand(text);
        if (castOperand.isPresent()) {
            return parse(castOperand.get(), type);
        }
        if (type == FieldType.BOOLEAN) {
            Optional<Boolean> flag = booleanValue(text);
            if (flag.isPresent()) {
                return Optional.of(flag.get());
            }
        }
        Optional<String> literal = unquote(text, '\'').or(() -> unquote(text, '"'));
        if (literal.isPresent()) {
            // A quoted number on a numeric column is the number, as PostgreSQL and MySQL report it.
            if (isNumeric(type)) {
                Optional<Number> number = number(literal.get().trim());
                if (number.isPresent()) {
                    return Optional.of(number.get());
                }
            }
            return Optional.of(literal.get());
        }
        Optional<Number> number = number(text);
        if (number.isPresent()) {
            return Optional.of(number.get());
        }
        return Optional.of(text);
    }

    private static boolean isNumeric(FieldType type) {
        return type == FieldType.INTEGER || type == FieldType.BIG_INTEGER || type == FieldType.FLOAT
            || type == FieldType.DECIMAL;
    }

    private static Optional<Boolean> booleanValue(String text) {
        String value = unquote(text, '\'').orElse(text).trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "1", "true" -> Optional.of(Boolean.TRUE);
            case "0", "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** An Integer or Long when the literal is a whole number that fits, else a BigDecimal. */
    static Optional<Number> number(String text) {
        if (INTEGER.matcher(text).matches()) {
            return Optional.of(narrow(new BigInteger(text)));
        }
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (HEX_INTEGER.matcher(unsigned).matches()) {
            BigInteger value = new BigInteger(unsigned.substring(2), 16);
            return Optional.of(narrow(text.startsWith("-") ? value.negate() : value));
        }
        if (DECIMAL.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            // 1e3 becomes 1000 rather than 1E+3.
            return Optional.of(text.contains("e") || text.contains("E") ? new BigDecimal(value.toPlainString())
                : value);
        }
        return Optional.empty();
    }

    private static Number narrow(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return value.intValue();
        }
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        return new BigDecimal(value);
    }

    /** The text of a literal quoted with {@code quote} (a doubled quote is one quote character). */
    static Optional<String> unquote(String text, char quote) {
        if (text.length() < 2 || text.charAt(0) != quote || text.charAt(text.length() - 1) != quote) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == quote) {
                if (i + 1 < text.length() - 1 && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return Optional.empty(); // the quote closes early: not one literal
                }
            }
            value.append(c);
        }
        return Optional.of(value.toString());
    }

    /** Removes parentheses that enclose the whole expression: {@code ((1))} is {@code 1}. */
    private static String withoutOuterParentheses(String text) {
        String current = text;
        while (current.startsWith("(") && closingParenthesis(current, 0) == current.length() - 1) {
            current = current.substring(1, current.length() - 1).trim();
        }
        return current;
    }

    /** The operand of {@code CAST(operand AS type)} when the whole text is one cast. */
    private static Optional<String> castOperand(String text) {
        var start = CAST_START.matcher(text);
        if (!start.lookingAt()) {
            return Optional.empty();
        }
        int open = start.end() - 1;
        if (closingParenthesis(text, open) != text.length() - 1) {
            return Optional.empty();
        }
        String inside = text.substring(open + 1, text.length() - 1);
        int as = lastTopLevelAs(inside);
        return as < 0 ? Optional.empty() : Optional.of(inside.substring(0, as).trim());
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0; // a doubled quote closes and reopens, which comes to the same
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the last {@code AS} keyword outside quotes and parentheses; -1 if none. */
    private static int lastTopLevelAs(String text) {
        int found = -1;
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                && text.regionMatches(true, i, "as", 0, 2)
                && i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 2))) {
                found = i;
            }
        }
        return found;
    }
}
