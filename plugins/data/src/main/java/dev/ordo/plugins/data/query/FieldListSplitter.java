package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a comma-separated list of paths on the commas outside parentheses, so {@code json(data, a.b)} stays one
 * entry. Function calls cannot nest, and every parenthesis must be closed.
 */
final class FieldListSplitter {

    private FieldListSplitter() {
    }

    /**
     * @param parameter the parameter being split, named in error reasons ({@code fields}, {@code sort}, ...)
     * @return the entries as written, not trimmed, empty ones included
     */
    static List<String> split(String parameter, String text) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
                if (depth > 1) {
                    throw new InvalidQueryException("Nested functions are not supported in \"" + parameter + "\"");
                }
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                entries.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (depth != 0) {
            throw new InvalidQueryException("Missing closing parenthesis in \"" + parameter + "\"");
        }
        entries.add(current.toString());
        return entries;
    }
}
