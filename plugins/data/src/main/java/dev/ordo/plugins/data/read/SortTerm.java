package dev.ordo.plugins.data.read;

import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.query.JsonPath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sort key: a path to a field of this level or of a many-to-one chain from it ({@code author.name}), possibly a
 * function of it ({@code year(date)}, {@code count(comments)}, {@code json(meta, a.b)}).
 *
 * @param path     the relation fields to walk, then the field
 * @param function empty, or the function applied to the field
 * @param jsonPath for {@code json()}, the path inside the field
 * @param shown    on which items of this level the caller sees the key's value (a filter on this level, variables
 *                 resolved); elsewhere it sorts as null. Empty when it shows on every item
 */
public record SortTerm(List<String> path, String function, boolean descending, Optional<JsonPath> jsonPath,
                       Optional<Filter> shown) {

    public SortTerm {
        path = List.copyOf(path);
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(shown, "shown");
    }

    public SortTerm(List<String> path, String function, boolean descending) {
        this(path, function, descending, Optional.empty(), Optional.empty());
    }

    /** This key, sorting as null on the items where {@code shown} does not hold. */
    public SortTerm shownWhere(Optional<Filter> shown) {
        return new SortTerm(path, function, descending, jsonPath, shown);
    }

    public String field() {
        return path.get(path.size() - 1);
    }
}
