package dev.ordo.plugins.data.read;

import java.util.List;

/**
 * One sort key: a path to a field of this level or of a many-to-one chain from it ({@code author.name}), possibly a
 * date part ({@code year(date)}).
 *
 * @param path     the relation fields to walk, then the field
 * @param function empty, or the date part applied to the field
 */
public record SortTerm(List<String> path, String function, boolean descending) {

    public SortTerm {
        path = List.copyOf(path);
    }

    public String field() {
        return path.get(path.size() - 1);
    }
}
