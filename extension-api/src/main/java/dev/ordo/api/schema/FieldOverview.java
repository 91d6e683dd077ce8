package dev.ordo.api.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A field of a collection: a column, or an alias (a relational or presentation field with no column).
 *
 * @param type    the Directus type: from the {@code special} flags when they decide it, else from the column
 * @param column  the column; empty for alias fields
 * @param meta    the {@code directus_fields} row as the API shows it; empty for columns with no metadata
 * @param special the {@code special} flags ({@code uuid}, {@code cast-json}, {@code m2o}, {@code o2m}, ...)
 */
public record FieldOverview(
    String collection,
    String name,
    FieldType type,
    Optional<ColumnSchema> column,
    Optional<Map<String, Object>> meta,
    List<String> special) {

    public FieldOverview {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(column, "column");
        meta = meta.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        special = List.copyOf(special);
    }

    /** True for fields with no column of their own. */
    public boolean isAlias() {
        return column.isEmpty();
    }

    public boolean hasSpecial(String flag) {
        return special.contains(flag);
    }
}
