package dev.ordo.plugins.data.schema.overview;

import java.util.Map;
import java.util.Optional;

/**
 * The facts the data path needs from a collection's {@code meta}, whether it came from
 * {@code directus_collections} or from a system collection's definition.
 */
public record CollectionMetaFacts(boolean singleton, Optional<String> sortField, Optional<String> accountability) {

    /** Directus tracks activity and revisions for collections it has no metadata about. */
    private static final String DEFAULT_ACCOUNTABILITY = "all";

    public static CollectionMetaFacts from(Optional<Map<String, Object>> meta) {
        if (meta.isEmpty()) {
            return new CollectionMetaFacts(false, Optional.empty(), Optional.of(DEFAULT_ACCOUNTABILITY));
        }
        Map<String, Object> values = meta.get();
        // A null accountability means "track nothing"; a missing key (system definitions) means the default.
        Optional<String> accountability = values.containsKey("accountability")
            ? text(values, "accountability")
            : Optional.of(DEFAULT_ACCOUNTABILITY);
        return new CollectionMetaFacts(Boolean.TRUE.equals(values.get("singleton")), text(values, "sort_field"),
            accountability);
    }

    private static Optional<String> text(Map<String, Object> values, String key) {
        return values.get(key) instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
