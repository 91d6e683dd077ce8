package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.api.query.Filter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to read from one collection at one level of a request: the selections in output order and the query that
 * chooses its items. Built from the request by {@link ReadPlanner}, run by {@link ReadExecutor}.
 *
 * @param rules           what the caller may read here (its readable fields limit {@code search})
 * @param path            where this level sits in the request ({@code ""} at the root, {@code author.country} below),
 *                        for messages
 * @param fieldConditions per field shown on some items only, the condition under which it shows (variables resolved)
 */
public record ReadNode(CollectionOverview collection, String primaryKey, List<Selection> selections, LevelQuery query,
                       CollectionRules rules, String path, Map<String, Filter> fieldConditions) {

    public ReadNode {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(primaryKey, "primaryKey");
        selections = List.copyOf(selections);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(path, "path");
        fieldConditions = Map.copyOf(fieldConditions);
    }

    public String name() {
        return collection.name();
    }

    /** When {@code field}'s value shows; empty when it shows on every item of this level. */
    public Optional<Filter> fieldCondition(String field) {
        return Optional.ofNullable(fieldConditions.get(field));
    }
}
