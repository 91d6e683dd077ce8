package dev.ordo.plugins.data.read;

import dev.ordo.api.query.Filter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What chooses and orders the items of one level. At the root it applies to the result; for the items of a
 * one-to-many it applies per parent item.
 *
 * @param filter    the caller's filter AND the permission filter, with dynamic variables resolved
 * @param limit     {@code -1} for no limit
 * @param permitted the permission filter alone, variables resolved: the items {@code meta=total_count} counts
 */
public record LevelQuery(Optional<Filter> filter, Optional<String> search, List<SortTerm> sort, int limit, int offset,
                         Optional<Filter> permitted) {

    public LevelQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(permitted, "permitted");
        Objects.requireNonNull(search, "search");
        sort = List.copyOf(sort);
    }

    public boolean unlimited() {
        return limit < 0;
    }
}
