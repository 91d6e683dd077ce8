package dev.ordo.api.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A relation as the API shows it: the many side ({@code collection.field}, the column holding the key), the
 * collection it points to, the foreign key constraint if the database has one, and the metadata if any.
 * A foreign key with no {@code directus_relations} row is still a relation, with {@code meta} empty.
 */
public record Relation(
    String collection,
    String field,
    Optional<String> relatedCollection,
    Optional<ForeignKeySchema> schema,
    Optional<RelationMeta> meta) {

    public Relation {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(relatedCollection, "relatedCollection");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(meta, "meta");
    }
}
