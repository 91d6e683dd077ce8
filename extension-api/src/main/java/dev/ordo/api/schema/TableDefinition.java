package dev.ordo.api.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A table to create: its name and columns, in order. At most one column is the primary key. */
public record TableDefinition(String name, List<ColumnDefinition> columns) {

    public TableDefinition {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column: " + name);
        }
        Set<String> names = new HashSet<>();
        for (ColumnDefinition column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("column " + column.name() + " appears twice in " + name);
            }
        }
        if (columns.stream().filter(ColumnDefinition::primaryKey).count() > 1) {
            throw new IllegalArgumentException("a table created by Ordo has a single-column primary key: " + name);
        }
    }
}
