package dev.ordo.plugins.data.schema.metadata;

import dev.ordo.api.schema.RelationMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a normalised {@code directus_relations} row into the API's {@link RelationMeta}. */
public final class RelationRows {

    private static final String DEFAULT_DESELECT_ACTION = "nullify";

    private RelationRows() {
    }

    public static RelationMeta toRelationMeta(Map<String, Object> row) {
        String manyCollection = text(row, "many_collection")
            .orElseThrow(() -> new IllegalArgumentException("a directus_relations row needs many_collection: " + row));
        String manyField = text(row, "many_field")
            .orElseThrow(() -> new IllegalArgumentException("a directus_relations row needs many_field: " + row));
        return new RelationMeta(
            Optional.ofNullable((Integer) row.get("id")),
            manyCollection,
            manyField,
            text(row, "one_collection"),
            text(row, "one_field"),
            text(row, "one_collection_field"),
            list(row, "one_allowed_collections"),
            text(row, "junction_field"),
            text(row, "sort_field"),
            text(row, "one_deselect_action").orElse(DEFAULT_DESELECT_ACTION),
            false);
    }

    private static Optional<String> text(Map<String, Object> row, String column) {
        return Optional.ofNullable((String) row.get(column));
    }

    private static List<String> list(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof List<?> entries ? entries.stream().map(String::valueOf).toList() : List.of();
    }
}
