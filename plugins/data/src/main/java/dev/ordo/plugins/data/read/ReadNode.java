package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.access.CollectionRules;
import java.util.List;
import java.util.Objects;

/**
 * What to read from one collection at one level of a request: the selections in output order and the query that
 * chooses its items. Built from the request by {@link ReadPlanner}, run by {@link ReadExecutor}.
 *
 * @param rules what the caller may read here (its readable fields limit {@code search})
 * @param path where this level sits in the request ({@code ""} at the root, {@code author.country} below), for messages
 */
public record ReadNode(CollectionOverview collection, String primaryKey, List<Selection> selections, LevelQuery query,
                       CollectionRules rules, String path) {

    public ReadNode {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(primaryKey, "primaryKey");
        selections = List.copyOf(selections);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(path, "path");
    }

    public String name() {
        return collection.name();
    }
}
