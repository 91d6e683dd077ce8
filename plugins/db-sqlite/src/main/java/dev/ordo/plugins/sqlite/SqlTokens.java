package dev.ordo.plugins.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQLite SQL into tokens with their positions, so a statement from {@code sqlite_master} can be taken apart
 * and its untouched parts copied back exactly as they were written. Comments and whitespace are skipped.
 */
final class SqlTokens {

    enum Kind {
        /** A bare word: a keyword or an unquoted name. */
        WORD,
        /** A name in {@code "..."}, {@code `...`} or {@code [...]}. */
        QUOTED_NAME,
        /** A string literal in {@code '...'}. */
        STRING,
        NUMBER,
        /** Any other character: parentheses, commas, operators. */
        SYMBOL
    }

    /** A token and where it sits in the statement: {@code sql.substring(start, end)} is its text. */
    record Token(Kind kind, String text, int start, int end) {

        boolean isWord(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** The name this token spells, unquoted; SQLite also accepts a string literal where a name belongs. */
        String name() {
            return switch (kind) {
                case QUOTED_NAME -> {
                    char open = text.charAt(0);
                    String inner = text.substring(1, text.length() - 1);
                    yield switch (open) {
                        case '"' -> inner.replace("\"\"", "\"");
                        case '`' -> inner.replace("``", "`");
                        default -> inner;
                    };
                }
                case STRING -> text.substring(1, text.length() - 1).replace("''", "'");
                default -> text;
            };
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '"' || c == '`') {
                int end = quotedEnd(sql, i, c);
                tokens.add(new Token(Kind.QUOTED_NAME, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                int end = close < 0 ? length : close + 1;
                tokens.add(new Token(Kind.QUOTED_NAME, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '\'') {
                int end = quotedEnd(sql, i, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1)))) {
                int end = i + 1;
                while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), i, end));
                i = end;
            } else if (isWordCharacter(c)) {
                int end = i + 1;
                while (end < length && (isWordCharacter(sql.charAt(end)) || Character.isDigit(sql.charAt(end)))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** Whether {@code sql} uses {@code name} as a word or quoted name anywhere, ignoring case as SQLite does. */
    static boolean mentions(String sql, String name) {
        for (Token token : tokenize(sql)) {
            if ((token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_NAME || token.kind() == Kind.STRING)
                && token.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the token closing the parenthesis opened at {@code open}; the last index when unbalanced. */
    static int closingParenthesis(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c > 0x7f;
    }

    /** The end (exclusive) of a quoted token; a doubled quote character stands for one inside it. */
    private static int quotedEnd(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
