package dev.ordo.api.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A single-column foreign key constraint: the {@code schema} object of a relation on the wire.
 * Composite foreign keys cannot be Directus relations and are not reported.
 *
 * @param constraintName   empty where the database keeps no name (SQLite)
 * @param foreignKeySchema the schema of the table pointed to, where the database groups tables in named schemas
 *                         (PostgreSQL); empty elsewhere (since 1.5.0)
 */
public record ForeignKeySchema(
    String table,
    String column,
    String foreignKeyTable,
    String foreignKeyColumn,
    Optional<String> constraintName,
    ReferentialAction onUpdate,
    ReferentialAction onDelete,
    Optional<String> foreignKeySchema) {

    public ForeignKeySchema {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(foreignKeyTable, "foreignKeyTable");
        Objects.requireNonNull(foreignKeyColumn, "foreignKeyColumn");
        Objects.requireNonNull(constraintName, "constraintName");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(foreignKeySchema, "foreignKeySchema");
    }

    /** A foreign key of a database without named schemas: the constructor of API versions before 1.5.0. */
    public ForeignKeySchema(String table, String column, String foreignKeyTable, String foreignKeyColumn,
                            Optional<String> constraintName, ReferentialAction onUpdate, ReferentialAction onDelete) {
        this(table, column, foreignKeyTable, foreignKeyColumn, constraintName, onUpdate, onDelete, Optional.empty());
    }
}
