package dev.ordo.plugins.data.query;

import java.util.Objects;

/**
 * A many-to-any scope in a path segment: {@code item:headings} selects the {@code headings} items of the {@code item}
 * field.
 */
public record CollectionScope(String field, String collection) {

    public CollectionScope {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(collection, "collection");
    }
}
