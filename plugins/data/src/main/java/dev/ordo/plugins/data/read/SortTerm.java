package dev.ordo.plugins.data.read;

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
 */
public record SortTerm(List<String> path, String function, boolean descending, Optional<JsonPath> jsonPath) {

    public SortTerm {
        path = List.copyOf(path);
        Objects.requireNonNull(jsonPath, "jsonPath");
    }

    public SortTerm(List<String> path, String function, boolean descending) {
        this(path, function, descending, Optional.empty());
    }

    public String field() {
        return path.get(path.size() - 1);
    }
}
