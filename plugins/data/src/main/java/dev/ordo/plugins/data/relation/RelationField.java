package dev.ordo.plugins.data.relation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relational field seen from one collection. Directus's other kinds are built from these three: a many-to-many is
 * a one-to-many to a junction collection whose items point on with a many-to-one; a many-to-any is a one-to-many to
 * a junction whose items point on with an any-to-one.
 */
public sealed interface RelationField {

    /** The collection the field belongs to. */
    String collection();

    /** The field's name. */
    String field();

    /**
     * A column holding the key of an item of {@code relatedCollection}.
     *
     * @param oneField the alias of {@code relatedCollection} that lists this field's items, if any; a field with
     *                 several relations (Directus's {@code directus_access.policy}) is read as its first one
     */
    record ManyToOne(String collection, String field, String relatedCollection, Optional<String> oneField)
        implements RelationField {
        public ManyToOne {
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(relatedCollection, "relatedCollection");
            Objects.requireNonNull(oneField, "oneField");
        }
    }

    /**
     * An alias field listing the items of {@code childCollection} whose {@code childField} holds this item's key.
     *
     * @param junctionField for junctions (m2m, m2a, translations): the junction's other key field
     * @param sortField     the children's manual sort field
     * @param deselectAction {@code nullify} or {@code delete}: what happens to children removed from the list
     */
    record OneToMany(String collection, String field, String childCollection, String childField,
                     Optional<String> junctionField, Optional<String> sortField, String deselectAction)
        implements RelationField {
        public OneToMany {
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(childCollection, "childCollection");
            Objects.requireNonNull(childField, "childField");
            Objects.requireNonNull(junctionField, "junctionField");
            Objects.requireNonNull(sortField, "sortField");
            Objects.requireNonNull(deselectAction, "deselectAction");
        }
    }

    /**
     * A column holding the key of an item in any of {@code allowedCollections}; which one is named by the sibling
     * column {@code collectionField} (the {@code item} and {@code collection} columns of a many-to-any junction).
     */
    record AnyToOne(String collection, String field, String collectionField, List<String> allowedCollections)
        implements RelationField {
        public AnyToOne {
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(collectionField, "collectionField");
            allowedCollections = List.copyOf(allowedCollections);
        }
    }
}
