package dev.ordo.plugins.data.schema.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code directus_collections} row, normalised.
 *
 * @param columns every Directus column in order; exactly the collection's {@code meta} object on the wire
 */
public record CollectionMetaRow(Map<String, Object> columns) {

    public CollectionMetaRow {
        Objects.requireNonNull(columns, "columns");
        if (!(columns.get("collection") instanceof String)) {
            throw new IllegalArgumentException("a directus_collections row needs a collection name: " + columns);
        }
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public String collection() {
        return (String) columns.get("collection");
    }

    /** The collection's {@code meta} as the API shows it. */
    public Map<String, Object> meta() {
        return columns;
    }
}
