package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column default from the catalog's {@code COLUMN_DEFAULT} as a JSON value: numbers as numbers, booleans
 * as booleans, string literals unquoted, {@code CURRENT_TIMESTAMP} for the current time in any spelling (with
 * its precision, {@code CURRENT_TIMESTAMP(3)}, when the server keeps one),
 * {@code AUTO_INCREMENT} for auto-increment columns, and other expressions as their SQL text.
 *
 * <p>The two servers write defaults differently. MariaDB (10.2.7 and later) writes SQL: strings quoted and
 * escaped, expressions as text, and the word {@code NULL} for "no default". MySQL writes literals bare
 * ({@code draft}, {@code 1.50}) and marks expression defaults with {@code DEFAULT_GENERATED} in {@code EXTRA}.
 */
final class DefaultValueParser {

    static final String AUTO_INCREMENT = "AUTO_INCREMENT";
    static final String CURRENT_TIMESTAMP = "CURRENT_TIMESTAMP";

    private static final Pattern CURRENT_TIME =
        Pattern.compile("(?i)(current_timestamp|now|localtimestamp|localtime)(\\s*\\(\\s*(\\d{0,9})\\s*\\))?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern BIT_LITERAL = Pattern.compile("(?i)b'([01]+)'");
    /** MySQL 8 writes a string in an expression default with a character set and escaped quotes. */
    private static final Pattern MYSQL_EXPRESSION_STRING = Pattern.compile("(?s)_[a-z0-9]+\\\\'(.*)\\\\'");

    private final boolean sqlDefaults;

    /** @param sqlDefaults the server writes defaults as SQL (MariaDB), rather than bare literals (MySQL) */
    DefaultValueParser(boolean sqlDefaults) {
        this.sqlDefaults = sqlDefaults;
    }

    Optional<Object> parse(Optional<String> columnDefault, String extra, FieldType type, boolean autoIncrement) {
        if (autoIncrement) {
            return Optional.of(AUTO_INCREMENT);
        }
        if (columnDefault.isEmpty()) {
            return Optional.empty();
        }
        String text = columnDefault.get().trim();
        if (sqlDefaults) {
            if (text.equalsIgnoreCase("NULL")) {
                return Optional.empty();
            }
            return Optional.of(expression(text, type));
        }
        if (extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED")) {
            return Optional.of(expression(text, type));
        }
        // MySQL 5.7 reports CURRENT_TIMESTAMP without marking it as an expression.
        if (CURRENT_TIME.matcher(text).matches()) {
            return Optional.of(currentTime(text));
        }
        return Optional.of(typed(columnDefault.get(), type));
    }

    private static Object expression(String text, FieldType type) {
        String unwrapped = withoutEnclosingParentheses(text);
        Optional<String> literal = SqlStringLiteral.unquote(unwrapped);
        if (literal.isPresent()) {
            return typed(literal.get(), type);
        }
        if (CURRENT_TIME.matcher(unwrapped).matches()) {
            return currentTime(unwrapped);
        }
        if (NUMBER.matcher(unwrapped).matches()) {
            return typed(unwrapped, type);
        }
        Matcher bits = BIT_LITERAL.matcher(unwrapped);
        if (bits.matches()) {
            return typed(new BigInteger(bits.group(1), 2).toString(), type);
        }
        Matcher mysqlString = MYSQL_EXPRESSION_STRING.matcher(unwrapped);
        if (mysqlString.matches()) {
            return typed(SqlStringLiteral.unescape(mysqlString.group(1)), type);
        }
        return text;
    }

    /** {@code CURRENT_TIMESTAMP}, or {@code CURRENT_TIMESTAMP(n)} when the spelling has a precision. */
    private static String currentTime(String spelling) {
        Matcher now = CURRENT_TIME.matcher(spelling);
        if (now.matches() && now.group(3) != null && !now.group(3).isEmpty()) {
            return CURRENT_TIMESTAMP + "(" + Integer.parseInt(now.group(3)) + ")";
        }
        return CURRENT_TIMESTAMP;
    }

    /** A literal as the column's type reads it: booleans and numbers for those types, else the text itself. */
    private static Object typed(String literal, FieldType type) {
        String trimmed = literal.trim();
        return switch (type) {
            case BOOLEAN -> bool(trimmed).<Object>map(b -> b).orElse(literal);
            case INTEGER, BIG_INTEGER, DECIMAL, FLOAT -> NUMBER.matcher(trimmed).matches() ? number(trimmed) : literal;
            default -> literal;
        };
    }

    private static Optional<Boolean> bool(String literal) {
        if (literal.equalsIgnoreCase("true")) {
            return Optional.of(true);
        }
        if (literal.equalsIgnoreCase("false")) {
            return Optional.of(false);
        }
        if (NUMBER.matcher(literal).matches()) {
            return Optional.of(new BigDecimal(literal).signum() != 0);
        }
        return Optional.empty();
    }

    /** The smallest of Integer, Long and BigDecimal that holds the value, without trailing zeros. */
    static Number number(String literal) {
        BigDecimal value = new BigDecimal(literal).stripTrailingZeros();
        if (value.scale() > 0) {
            return value;
        }
        BigInteger integer = value.toBigIntegerExact();
        if (integer.bitLength() < Integer.SIZE) {
            return integer.intValue();
        }
        if (integer.bitLength() < Long.SIZE) {
            return integer.longValue();
        }
        return new BigDecimal(integer);
    }

    /** {@code ((1 + 2))} is {@code 1 + 2}; {@code (a) + (b)} keeps its parentheses. */
    private static String withoutEnclosingParentheses(String text) {
        String current = text;
        while (current.startsWith("(") && closingParenthesis(current) == current.length() - 1) {
            current = current.substring(1, current.length() - 1).trim();
        }
        return current;
    }

    /** The index of the parenthesis closing the one at index 0, skipping quoted strings; -1 if none. */
    private static int closingParenthesis(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
