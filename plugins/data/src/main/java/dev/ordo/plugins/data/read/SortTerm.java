package dev.ordo.plugins.data.read;

import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.query.JsonPath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sort key: a path to a field of this level or of a relation chain from it ({@code author.name},
 * {@code comments.score}, {@code comments.likes.score}), possibly a function of it ({@code year(date)},
 * {@code count(comments)}, {@code json(meta, a.b)}).
 *
 * @param path     the relation fields to walk, then the field
 * @param function empty, or the function applied to the field
 * @param jsonPath for {@code json()}, the path inside the field
 * @param shown    on which items of this level the caller sees the key's value (a filter on this level, variables
 *                 resolved); elsewhere it sorts as null. For a key through one-to-manys, where the caller sees the path
 *                 up to the first of them. Empty when it shows on every item
 * @param toMany   the one-to-manys the path walks through, in path order; empty when it walks many-to-ones only
 */
public record SortTerm(List<String> path, String function, boolean descending, Optional<JsonPath> jsonPath,
                       Optional<Filter> shown, List<ToMany> toMany) {

    public SortTerm {
        path = List.copyOf(path);
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(shown, "shown");
        toMany = List.copyOf(toMany);
    }

    public SortTerm(List<String> path, String function, boolean descending) {
        this(path, function, descending, Optional.empty(), Optional.empty(), List.of());
    }

    /** This key, sorting as null on the items where {@code shown} does not hold. */
    public SortTerm shownWhere(Optional<Filter> shown) {
        return new SortTerm(path, function, descending, jsonPath, shown, toMany);
    }

    /** This key, through one-to-manys whose related items count and show as {@code toMany} says. */
    public SortTerm through(List<ToMany> toMany) {
        return new SortTerm(path, function, descending, jsonPath, shown, toMany);
    }

    public String field() {
        return path.get(path.size() - 1);
    }

    /**
     * One one-to-many step of a key's path. An item sorts by one row of its related rows (Directus LEFT JOINs every
     * step, numbers each item's joined rows in the sort order and keeps the first, §3.5): the first in the order of
     * all the keys through the same first one-to-many, so those keys read the same row. A related item without
     * related items of the next step still makes a row, whose values there are null.
     *
     * @param step    the index in the path of the one-to-many field
     * @param counted which related items count (the caller's read permission on them, variables resolved); empty:
     *                every one
     * @param shown   on which related items the caller sees the rest of the path up to the next one-to-many field,
     *                or to the end (a filter on their collection); elsewhere their value is null. Empty when on
     *                every one
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

    /**
     * The path up to and including the first one-to-many field: keys with the same one read the same row of related
     * items.
     */
    public Optional<List<String>> toManyPath() {
        return toMany.stream().findFirst().map(first -> path.subList(0, first.step() + 1));
    }
}
