package dev.ordo.api.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A built-in {@code directus_*} collection: its table as Ordo creates it, its fields' flags, and the
 * collection metadata Directus defines in code rather than in {@code directus_collections}.
 *
 * @param meta the collection's metadata keys ({@code icon}, {@code note}, {@code accountability},
 *             {@code singleton}, ...), as they appear in {@code GET /collections}
 */
public record SystemCollection(String name, Map<String, Object> meta, List<SystemField> fields) {

    public SystemCollection {
        Objects.requireNonNull(name, "name");
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        fields = List.copyOf(fields);
    }

    /** The table to create: the fields that have a column, in order. */
    public TableDefinition table() {
        return new TableDefinition(name, fields.stream().flatMap(f -> f.column().stream()).toList());
    }

    public Optional<SystemField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
