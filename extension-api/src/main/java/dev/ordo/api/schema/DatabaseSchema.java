package dev.ordo.api.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything a {@link SchemaBackend} read from the database's catalog, tables in name order. */
public record DatabaseSchema(Map<String, TableSchema> tables) {

    public DatabaseSchema {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public static DatabaseSchema of(List<TableSchema> tables) {
        Map<String, TableSchema> byName = new LinkedHashMap<>();
        tables.stream()
            .sorted(java.util.Comparator.comparing(TableSchema::name))
            .forEach(table -> byName.put(table.name(), table));
        return new DatabaseSchema(byName);
    }

    public Optional<TableSchema> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
