package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import java.util.List;
import java.util.Map;

/**
 * {@code MAX_RELATIONAL_DEPTH}: no selected field, sort entry, filter path or {@code deep} path may have more dot
 * segments than the limit. Counted as Directus does: the group fields stand in for the fields when grouping, and no
 * fields count when aggregating without groups; a {@code deep} level adds one for its relation, then the deepest of its
 * filter, its sort entries and its own nested levels.
 */
final class RelationalDepthRule {

    static final String REASON = "Max relational depth exceeded";

    private final int maxDepth;

    RelationalDepthRule(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    void check(Query query) {
        List<String> selected = !query.groupBy().isEmpty() ? query.groupBy()
            : query.isAggregate() ? List.of() : query.fields();
        if (deepestPath(selected) > maxDepth
            || query.filter().map(RelationalDepthRule::filterDepth).orElse(0) > maxDepth
            || deepestPath(query.sort()) > maxDepth
            || deepDepth(query.deep()) > maxDepth) {
            throw new InvalidQueryException(REASON);
        }
    }

    static int filterDepth(Filter filter) {
        if (filter instanceof Filter.Condition) {
            return 1;
        }
        if (filter instanceof Filter.Related related) {
            return 1 + filterDepth(related.filter());
        }
        List<Filter> filters = filter instanceof Filter.And and ? and.filters() : ((Filter.Or) filter).filters();
        return filters.stream().mapToInt(RelationalDepthRule::filterDepth).max().orElse(0);
    }

    private static int deepDepth(Map<String, Query> deep) {
        return deep.values().stream().mapToInt(level -> 1 + levelDepth(level)).max().orElse(0);
    }

    private static int levelDepth(Query level) {
        int filter = level.filter().map(RelationalDepthRule::filterDepth).orElse(0);
        return Math.max(filter, Math.max(deepestPath(level.sort()), deepDepth(level.deep())));
    }

    private static int deepestPath(List<String> paths) {
        return paths.stream().mapToInt(path -> FieldPaths.segments(path).size()).max().orElse(0);
    }
}
