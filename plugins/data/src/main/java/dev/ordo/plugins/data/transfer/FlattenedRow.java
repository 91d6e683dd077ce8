package dev.ordo.plugins.data.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An item flattened into CSV columns as json2csv's {@code flatten({separator: '.'})} does: nested objects become
 * dotted columns ({@code author.name}), everything else (arrays included) stays one cell. The nested objects are
 * kept by their path too, so that a column named after an object (found {@code null} in the rows that made the
 * header, with no dotted columns under it) can still show it, as JSON text.
 */
final class FlattenedRow {

    private final Map<String, Object> leaves = new LinkedHashMap<>();
    private final Map<String, Object> objects = new LinkedHashMap<>();

    private FlattenedRow() {
    }

    static FlattenedRow of(Map<String, ?> item) {
        FlattenedRow row = new FlattenedRow();
        row.add("", item);
        return row;
    }

    /** The dotted column names of this row's values, in the item's order. */
    Set<String> columns() {
        return Collections.unmodifiableSet(leaves.keySet());
    }

    /**
     * The value under {@code column}: its leaf, else (when {@code objectFallback}) the nested object found at that
     * path, else {@code null}.
     */
    Object cell(String column, boolean objectFallback) {
        Object leaf = leaves.get(column);
        if (leaf != null || leaves.containsKey(column) || !objectFallback) {
            return leaf;
        }
        return objects.get(column);
    }

    private void add(String prefix, Map<?, ?> object) {
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String path = prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + "." + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                objects.put(path, nested);
                add(path, nested);
            } else {
                leaves.put(path, entry.getValue());
            }
        }
    }
}
