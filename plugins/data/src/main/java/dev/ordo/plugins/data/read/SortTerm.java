package dev.ordo.plugins.data.read;

import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.query.JsonPath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sort key: a path to a field of this level or of a relation chain from it ({@code author.name},
 * {@code comments.score}), possibly a function of it ({@code year(date)}, {@code count(comments)},
 * {@code json(meta, a.b)}).
 *
 * @param path     the relation fields to walk, then the field
 * @param function empty, or the function applied to the field
 * @param jsonPath for {@code json()}, the path inside the field
 * @param shown    on which items of this level the caller sees the key's value (a filter on this level, variables
 *                 resolved); elsewhere it sorts as null. For a key through a one-to-many, where the caller sees that
 *                 field. Empty when it shows on every item
 * @param toMany   where the path walks through a one-to-many (at most once); empty when it walks many-to-ones only
 */
public record SortTerm(List<String> path, String function, boolean descending, Optional<JsonPath> jsonPath,
                       Optional<Filter> shown, Optional<ToMany> toMany) {

    public SortTerm {
        path = List.copyOf(path);
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(toMany, "toMany");
    }

    public SortTerm(List<String> path, String function, boolean descending) {
        this(path, function, descending, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This key, sorting as null on the items where {@code shown} does not hold. */
    public SortTerm shownWhere(Optional<Filter> shown) {
        return new SortTerm(path, function, descending, jsonPath, shown, toMany);
    }

    /** This key, through a one-to-many whose related items count and show as {@code toMany} says. */
    public SortTerm through(ToMany toMany) {
        return new SortTerm(path, function, descending, jsonPath, shown, Optional.of(toMany));
    }

    public String field() {
        return path.get(path.size() - 1);
    }

    /**
     * The one-to-many step of a key's path. An item sorts by one related item's values (Directus numbers each item's
     * related rows in the sort order and keeps the first, §3.5): the first in the order of all the keys through the
     * same one-to-many, so those keys read the same related item.
     *
     * @param step    the index in the path of the one-to-many field
     * @param counted which related items count (the caller's read permission on them, variables resolved); empty:
     *                every one
     * @param shown   on which related items the caller sees the rest of the path (a filter on their collection);
     *                elsewhere their value is null. Empty when on every one
     */
    public record ToMany(int step, Optional<Filter> counted, Optional<Filter> shown) {

        public ToMany {
            Objects.requireNonNull(counted, "counted");
            Objects.requireNonNull(shown, "shown");
        }

        public ToMany(int step) {
            this(step, Optional.empty(), Optional.empty());
        }
    }

    /** The path up to and including the one-to-many field: keys with the same one read the same related item. */
    public Optional<List<String>> toManyPath() {
        return toMany.map(many -> path.subList(0, many.step() + 1));
    }
}
