package dev.ordo.api.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A built-in field of a system collection.
 *
 * @param column  the column Ordo creates for it; empty for alias fields (such as {@code directus_roles.users})
 * @param special the field's {@code special} flags, which decide its Directus type where the column cannot
 *                ({@code uuid} on a {@code char(36)}, {@code cast-json} on a text column, ...)
 */
public record SystemField(String name, Optional<ColumnDefinition> column, List<String> special) {

    public SystemField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        special = List.copyOf(special);
    }
}
