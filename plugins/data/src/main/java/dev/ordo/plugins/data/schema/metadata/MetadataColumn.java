package dev.ordo.plugins.data.schema.metadata;

import java.util.Objects;

/** One column of a metadata table, by its Directus name. */
public record MetadataColumn(String name, ColumnKind kind) {

    public MetadataColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
