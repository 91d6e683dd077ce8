package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.query.CollectionScope;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.Optional;

/**
 * The relation steps of a sort key's path: a many-to-one, a one-to-many, or a many-to-any field scoped to one of its
 * collections ({@code item:headings.level} on a junction), which reads as a many-to-one to that collection; rows of
 * the junction that hold an item of another collection sort as null there, as Directus's LEFT JOIN makes them.
 */
final class SortSteps {

    private SortSteps() {
    }

    /** The field a step names: {@code item} for {@code item:headings}. */
    static String field(String step) {
        return FieldPaths.collectionScope(step).map(CollectionScope::field).orElse(step);
    }

    /**
     * The collection a step from {@code owner} leads to, or empty when it names no relation, a many-to-any field
     * without a scope, or a scope the field does not allow.
     */
    static Optional<CollectionOverview> target(SchemaContext schema, CollectionOverview owner, String step) {
        Optional<CollectionScope> scope = FieldPaths.collectionScope(step);
        Optional<RelationField> relation = schema.relations().field(owner.name(), field(step));
        if (relation.isEmpty()) {
            return Optional.empty();
        }
        if (scope.isPresent()) {
            return relation.get() instanceof RelationField.AnyToOne a2o
                && a2o.allowedCollections().contains(scope.get().collection())
                ? Optional.of(schema.collection(scope.get().collection())) : Optional.empty();
        }
        if (relation.get() instanceof RelationField.ManyToOne m2o) {
            return Optional.of(schema.collection(m2o.relatedCollection()));
        }
        if (relation.get() instanceof RelationField.OneToMany o2m) {
            return Optional.of(schema.collection(o2m.childCollection()));
        }
        return Optional.empty();
    }
}
