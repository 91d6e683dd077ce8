package dev.ordo.api.schema;

import java.util.Objects;

/** A foreign key for a column to be created. */
public record ForeignKeyDefinition(
    String foreignKeyTable,
    String foreignKeyColumn,
    ReferentialAction onUpdate,
    ReferentialAction onDelete) {

    public ForeignKeyDefinition {
        Objects.requireNonNull(foreignKeyTable, "foreignKeyTable");
        Objects.requireNonNull(foreignKeyColumn, "foreignKeyColumn");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(onDelete, "onDelete");
    }
}
