package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * The list parameters: {@code fields}, {@code groupBy} and {@code sort} as path lists, and {@code meta}. Each accepts
 * a comma-separated string or a list (whose items may hold commas too).
 */
final class ListParameters {

    static final String TOTAL_COUNT = "total_count";
    static final String FILTER_COUNT = "filter_count";

    private ListParameters() {
    }

    /**
     * Trimmed paths, split on commas outside parentheses; empty entries are dropped.
     *
     * @param parameter the parameter's name, used in reasons
     */
    static List<String> paths(String parameter, Object raw) {
        List<String> entries = new ArrayList<>();
        if (raw instanceof String text) {
            entries.addAll(FieldListSplitter.split(parameter, text));
        } else if (raw instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof String item)) {
                    throw new InvalidQueryException("\"" + parameter + "[" + i + "]\" must be a string");
                }
                entries.addAll(item.indexOf(',') >= 0 ? FieldListSplitter.split(parameter, item) : List.of(item));
            }
        } else {
            // Also a list indexed past the query string's array limit, which arrives as a map.
            throw new InvalidQueryException("\"" + parameter + "\" must be a string or array");
        }
        return entries.stream().map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    }

    /** {@code total_count} and/or {@code filter_count}; {@code *} means both. */
    static List<String> meta(Object raw) {
        List<String> entries = new ArrayList<>();
        if ("*".equals(raw)) {
            return List.of(TOTAL_COUNT, FILTER_COUNT);
        }
        if (raw instanceof String text) {
            entries.addAll(List.of(text.split(",", -1)));
        } else if (raw instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof String item)) {
                    throw new InvalidQueryException("\"meta[" + i + "]\" must be a string");
                }
                entries.add(item);
            }
        } else {
            throw new InvalidQueryException("\"meta\" must be an array");
        }
        List<String> meta = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).trim();
            if (!entry.equals(TOTAL_COUNT) && !entry.equals(FILTER_COUNT)) {
                throw new InvalidQueryException(
                    "\"meta[" + i + "]\" must be one of [" + TOTAL_COUNT + ", " + FILTER_COUNT + "]");
            }
            meta.add(entry);
        }
        return List.copyOf(meta);
    }
}
