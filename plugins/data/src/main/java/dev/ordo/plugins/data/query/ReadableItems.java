package dev.ordo.plugins.data.query;

import dev.ordo.api.query.Filter;
import java.util.List;
import java.util.Optional;

/**
 * The condition that a related item reached through a to-many relation is one the caller may read, written into the
 * caller's filter by the permission checks. It is a condition of its own (on the primary key, with an operator no
 * request can name) rather than the permission's filter inlined, because an implicit to-many filter needs it twice: the
 * related items it matches must be readable, and an item "without related items", which meets the conditions on a row
 * of nulls (DATA-API.md §3.3.5), is one without readable ones: items the caller may not read count as absent.
 */
public final class ReadableItems {

    /** Not a filter operator: the parser refuses it, so only the permission checks write this condition. */
    public static final String OPERATOR = "$readable";

    private ReadableItems() {
    }

    /** {@code filter} on the related items (keyed by {@code primaryKey}) that match {@code readable} only. */
    public static Filter restrict(Filter filter, String primaryKey, Filter readable) {
        return new Filter.And(List.of(new Filter.Condition(primaryKey, OPERATOR, readable), filter));
    }

    /** The permission filter a condition written by {@link #restrict} holds; empty for any other condition. */
    public static Optional<Filter> readable(Filter.Condition condition) {
        return OPERATOR.equals(condition.operator()) && condition.value() instanceof Filter readable
            ? Optional.of(readable) : Optional.empty();
    }

    /** The readable condition of a related filter {@link #restrict} wrote; empty when every item is readable. */
    public static Optional<Filter> of(Filter related) {
        if (related instanceof Filter.And and && !and.filters().isEmpty()
            && and.filters().get(0) instanceof Filter.Condition first) {
            return readable(first);
        }
        return Optional.empty();
    }
}
