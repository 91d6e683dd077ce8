package dev.ordo.api.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code directus_relations} row: how Directus reads a foreign key (or, for many-to-any, a pair of
 * columns) as a relation.
 *
 * @param id                     empty for the built-in relations of system collections
 * @param oneCollection          the collection pointed to; empty for many-to-any
 * @param oneField               the alias field on the one side that lists the many side (o2m)
 * @param oneCollectionField     for many-to-any: the column naming the collection of each row
 * @param oneAllowedCollections  for many-to-any: the collections a row may point to
 * @param junctionField          for junction collections: the other foreign key of the junction
 * @param sortField              the manual sort column of the many side
 * @param oneDeselectAction      {@code nullify} or {@code delete}
 */
public record RelationMeta(
    Optional<Integer> id,
    String manyCollection,
    String manyField,
    Optional<String> oneCollection,
    Optional<String> oneField,
    Optional<String> oneCollectionField,
    List<String> oneAllowedCollections,
    Optional<String> junctionField,
    Optional<String> sortField,
    String oneDeselectAction,
    boolean system) {

    public RelationMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(manyCollection, "manyCollection");
        Objects.requireNonNull(manyField, "manyField");
        Objects.requireNonNull(oneCollection, "oneCollection");
        Objects.requireNonNull(oneField, "oneField");
        Objects.requireNonNull(oneCollectionField, "oneCollectionField");
        oneAllowedCollections = List.copyOf(oneAllowedCollections);
        Objects.requireNonNull(junctionField, "junctionField");
        Objects.requireNonNull(sortField, "sortField");
        Objects.requireNonNull(oneDeselectAction, "oneDeselectAction");
    }

    /** A built-in many-to-one of a system collection, such as {@code directus_users.role -> directus_roles}. */
    public static RelationMeta systemManyToOne(String manyCollection, String manyField, String oneCollection,
                                               Optional<String> oneField) {
        return new RelationMeta(Optional.empty(), manyCollection, manyField, Optional.of(oneCollection), oneField,
            Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "nullify", true);
    }
}
