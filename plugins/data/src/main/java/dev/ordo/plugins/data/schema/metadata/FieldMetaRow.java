package dev.ordo.plugins.data.schema.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code directus_fields} row, normalised: {@code special} is a list of flags or {@code null}, JSON columns
 * are parsed, booleans are booleans.
 *
 * @param columns every Directus column in order; exactly the field's {@code meta} object on the wire
 */
public record FieldMetaRow(Map<String, Object> columns) {

    public FieldMetaRow {
        Objects.requireNonNull(columns, "columns");
        if (!(columns.get("collection") instanceof String) || !(columns.get("field") instanceof String)) {
            throw new IllegalArgumentException("a directus_fields row needs a collection and a field: " + columns);
        }
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public String collection() {
        return (String) columns.get("collection");
    }

    public String field() {
        return (String) columns.get("field");
    }

    /** The {@code special} flags; empty when the column is NULL. */
    public List<String> special() {
        Object special = columns.get("special");
        if (special instanceof List<?> flags) {
            return flags.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The field's {@code meta} as the API shows it. */
    public Map<String, Object> meta() {
        return columns;
    }
}
