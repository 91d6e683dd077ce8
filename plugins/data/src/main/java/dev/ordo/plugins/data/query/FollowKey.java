package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code $FOLLOW} filter key: {@code $FOLLOW(cities, country_id)} follows the many-to-one {@code country_id} of
 * {@code cities} back to the collection being filtered, as if it had a one-to-many alias; the three-argument form
 * {@code $FOLLOW(junction, item, collection)} follows a many-to-any junction's any-to-one back the same way.
 *
 * @param collectionField for the three-argument form, the junction field naming the item's collection
 */
public record FollowKey(String collection, String field, Optional<String> collectionField) {

    private static final String PREFIX = "$FOLLOW(";

    public FollowKey {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(collectionField, "collectionField");
    }

    /**
     * The key read, if it is a {@code $FOLLOW} key.
     *
     * @throws InvalidQueryException when it starts like one but is malformed
     */
    public static Optional<FollowKey> parse(String key) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        if (!key.endsWith(")")) {
            throw malformed(key);
        }
        List<String> arguments = Arrays.stream(key.substring(PREFIX.length(), key.length() - 1).split(",", -1))
            .map(String::trim).toList();
        if (arguments.size() < 2 || arguments.size() > 3 || arguments.stream().anyMatch(String::isEmpty)) {
            throw malformed(key);
        }
        return Optional.of(new FollowKey(arguments.get(0), arguments.get(1),
            arguments.size() == 3 ? Optional.of(arguments.get(2)) : Optional.empty()));
    }

    private static InvalidQueryException malformed(String key) {
        return new InvalidQueryException("\"" + key + "\" has to be $FOLLOW(collection, field) or "
            + "$FOLLOW(collection, field, collection_field)");
    }
}
