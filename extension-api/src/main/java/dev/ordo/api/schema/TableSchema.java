package dev.ordo.api.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table or view as the database describes it.
 *
 * @param primaryKey the primary key's columns in key order; empty when there is none (always for views)
 * @param details    flavour-specific facts shown in the {@code schema} object of a collection: {@code sql}
 *                   (SQLite), {@code schema}, {@code engine} and {@code collation} (MySQL), {@code schema}
 *                   (PostgreSQL)
 */
public record TableSchema(
    String name,
    boolean view,
    Optional<String> comment,
    List<ColumnSchema> columns,
    List<String> primaryKey,
    List<ForeignKeySchema> foreignKeys,
    Map<String, String> details) {

    public TableSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comment, "comment");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public Optional<ColumnSchema> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The primary key column when the key has exactly one column: the only kind Directus can serve. */
    public Optional<String> singlePrimaryKey() {
        return primaryKey.size() == 1 ? Optional.of(primaryKey.get(0)) : Optional.empty();
    }
}
