package dev.ordo.plugins.mysql;

import java.util.Optional;

/**
 * MySQL's single-quoted string literal, written and read. Writing doubles quotes and backslashes, which is
 * right as long as the session's sql_mode leaves out NO_BACKSLASH_ESCAPES (Ordo's data source sets it so).
 */
final class SqlStringLiteral {

    private SqlStringLiteral() {
    }

    static String quote(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> literal.append("''");
                case '\\' -> literal.append("\\\\");
                case '\0' -> literal.append("\\0");
                default -> literal.append(c);
            }
        }
        return literal.append('\'').toString();
    }

    /** The value of {@code text} when all of it is one quoted literal ({@code 'it''s'}); empty otherwise. */
    static Optional<String> unquote(String text) {
        if (text.length() < 2 || text.charAt(0) != '\'') {
            return Optional.empty();
        }
        StringBuilder inner = new StringBuilder();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                inner.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                inner.append("\\'");
                i += 2;
            } else if (c == '\'') {
                return i == text.length() - 1 ? Optional.of(unescape(inner.toString())) : Optional.empty();
            } else {
                inner.append(c);
                i++;
            }
        }
        return Optional.empty();
    }

    /** Resolves backslash escapes; {@code \%} and {@code \_} keep their backslash, as in MySQL. */
    static String unescape(String escaped) {
        StringBuilder value = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\' || i + 1 == escaped.length()) {
                value.append(c);
                continue;
            }
            char next = escaped.charAt(++i);
            switch (next) {
                case '0' -> value.append('\0');
                case 'b' -> value.append('\b');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'Z' -> value.append('\u001A');
                case '%', '_' -> value.append('\\').append(next);
                default -> value.append(next);
            }
        }
        return value.toString();
    }
}
