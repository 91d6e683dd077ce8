package dev.ordo.plugins.data.access;

import dev.ordo.api.query.Filter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One permission row of one policy for one collection and action: the fields it opens ({@code *} for all), the items
 * it opens (every item when {@code itemFilter} is empty), what a written item must satisfy, and the defaults it puts
 * under a created item.
 */
public record Grant(Set<String> fields, Optional<Filter> itemFilter, Optional<Filter> validation,
                    Map<String, Object> presets) {

    /** Every field of every item. */
    public static final Grant EVERYTHING = new Grant(Set.of("*"), Optional.empty(), Optional.empty(), Map.of());

    public Grant {
        // In their given order, which GET /permissions/me shows.
        fields = Collections.unmodifiableSet(new LinkedHashSet<>(fields));
        Objects.requireNonNull(itemFilter, "itemFilter");
        Objects.requireNonNull(validation, "validation");
        // Presets may hold JSON nulls, which Map.copyOf refuses.
        presets = Collections.unmodifiableMap(new LinkedHashMap<>(presets));
    }

    public boolean covers(String field) {
        return fields.contains("*") || fields.contains(field);
    }
}
