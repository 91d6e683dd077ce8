package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.query.CollectionScope;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.Optional;

/**
 * The relation steps of a field path: a many-to-one, a one-to-many, or a many-to-any field scoped to one of its
 * collections ({@code item:headings.level} on a junction), which reads as a many-to-one to that collection. In a sort,
 * rows of the junction that hold an item of another collection sort as null there, as Directus's LEFT JOIN makes them.
 */
final class RelationSteps {

    private RelationSteps() {
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
        return singleTarget(relation.get()).map(schema::collection);
    }

    /**
     * The collection a filter's relational key ({@code author}, {@code item:headings}) leads to: a scope's collection,
     * else the one its relation leads to; empty when there is none to check the inner filter against (the filter
     * compiler then refuses the key with its own message).
     */
    static Optional<CollectionOverview> filtered(SchemaContext schema, CollectionOverview owner, String key) {
        Optional<CollectionScope> scope = FieldPaths.collectionScope(key);
        Optional<String> target = scope.map(CollectionScope::collection).or(() -> schema.relations()
            .field(owner.name(), field(key)).flatMap(RelationSteps::singleTarget));
        return target.flatMap(name -> schema.schema().collection(name));
    }

    /** The collection a relation leads to, when it leads to one only. */
    private static Optional<String> singleTarget(RelationField relation) {
        if (relation instanceof RelationField.ManyToOne m2o) {
            return Optional.of(m2o.relatedCollection());
        }
        if (relation instanceof RelationField.OneToMany o2m) {
            return Optional.of(o2m.childCollection());
        }
        return Optional.empty();
    }
}
