package dev.ordo.plugins.data.access;

import dev.ordo.api.query.Filter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may do with one collection for one action: which fields ({@code *} for all), which items (a filter
 * every touched item must match), what a written item must satisfy, and the defaults put under a created item.
 */
public record CollectionRules(Set<String> fields, Optional<Filter> itemFilter, Optional<Filter> validation,
                              Map<String, Object> presets) {

    /** No restriction at all: what admins get. */
    public static final CollectionRules EVERYTHING =
        new CollectionRules(Set.of("*"), Optional.empty(), Optional.empty(), Map.of());

    public CollectionRules {
        fields = Set.copyOf(fields);
        Objects.requireNonNull(itemFilter, "itemFilter");
        Objects.requireNonNull(validation, "validation");
        presets = Collections.unmodifiableMap(new LinkedHashMap<>(presets));
    }

    public boolean allowsField(String field) {
        return fields.contains("*") || fields.contains(field);
    }
}
