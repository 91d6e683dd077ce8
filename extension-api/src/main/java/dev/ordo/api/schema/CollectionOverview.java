package dev.ordo.api.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A collection: a table with a single-column primary key, its metadata, and its fields; or a folder, a
 * collection with metadata and no table.
 *
 * @param table          the table; empty for folders
 * @param meta           the {@code directus_collections} row as the API shows it; empty for unmanaged tables
 * @param primaryKey     the primary key field; empty for folders
 * @param accountability {@code all}, {@code activity}, or empty when nothing is tracked
 * @param system         a {@code directus_*} collection
 * @param fields         the fields in Directus's order: the columns in table order, then the alias fields
 */
public record CollectionOverview(
    String name,
    Optional<TableSchema> table,
    Optional<Map<String, Object>> meta,
    Optional<String> primaryKey,
    boolean singleton,
    Optional<String> sortField,
    Optional<String> accountability,
    boolean system,
    Map<String, FieldOverview> fields) {

    public CollectionOverview {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        meta = meta.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        Objects.requireNonNull(primaryKey, "primaryKey");
        Objects.requireNonNull(sortField, "sortField");
        Objects.requireNonNull(accountability, "accountability");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<FieldOverview> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** True for a collection with no table of its own. */
    public boolean isFolder() {
        return table.isEmpty();
    }
}
