package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relations: first the {@code directus_relations} rows (in id order, one per many-side field
 * {@code collection.field}), then the built-in relations of system collections whose field has no row, then foreign
 * keys on fields that have neither. A foreign key on the field, if the database has one, is the relation's
 * {@code schema}. Relations with a side outside the served collections are left out.
 *
 * <p>A system field may carry several built-in relations told apart by their {@code one_field}, as Directus's
 * {@code directus_access.policy} does for the {@code users} and {@code roles} of a policy; a lookup from the many
 * side takes the first.
 */
public final class RelationsBuilder {

    private RelationsBuilder() {
    }

    public static List<Relation> build(Map<String, CollectionOverview> collections, List<RelationMeta> rows,
                                       List<RelationMeta> systemRelations) {
        List<Relation> relations = new ArrayList<>();
        Set<String> claimedFields = new HashSet<>();
        for (RelationMeta row : rows) {
            addUnclaimed(relations, claimedFields, fromMeta(collections, row));
        }
        List<Relation> builtIns = systemRelations.stream()
            .map(builtIn -> fromMeta(collections, asSystem(builtIn)))
            .filter(builtIn -> !claimedFields.contains(manyField(builtIn)))
            .toList();
        relations.addAll(builtIns);
        builtIns.forEach(builtIn -> claimedFields.add(manyField(builtIn)));
        for (CollectionOverview collection : collections.values()) {
            for (ForeignKeySchema foreignKey : collection.table().map(TableSchema::foreignKeys).orElse(List.of())) {
                addUnclaimed(relations, claimedFields, new Relation(collection.name(), foreignKey.column(),
                    Optional.of(foreignKey.foreignKeyTable()), Optional.of(foreignKey), Optional.empty()));
            }
        }
        return relations.stream().filter(relation -> isServed(relation, collections)).toList();
    }

    private static void addUnclaimed(List<Relation> relations, Set<String> claimedFields, Relation relation) {
        if (claimedFields.add(manyField(relation))) {
            relations.add(relation);
        }
    }

    private static String manyField(Relation relation) {
        return relation.collection() + "\u0000" + relation.field();
    }

    private static Relation fromMeta(Map<String, CollectionOverview> collections, RelationMeta meta) {
        return new Relation(meta.manyCollection(), meta.manyField(), meta.oneCollection(),
            foreignKey(collections, meta.manyCollection(), meta.manyField()), Optional.of(meta));
    }

    private static Optional<ForeignKeySchema> foreignKey(Map<String, CollectionOverview> collections, String collection,
                                                         String field) {
        return Optional.ofNullable(collections.get(collection))
            .flatMap(CollectionOverview::table)
            .flatMap(table -> table.foreignKeys().stream().filter(key -> key.column().equals(field)).findFirst());
    }

    private static RelationMeta asSystem(RelationMeta meta) {
        if (meta.system()) {
            return meta;
        }
        return new RelationMeta(meta.id(), meta.manyCollection(), meta.manyField(), meta.oneCollection(),
            meta.oneField(), meta.oneCollectionField(), meta.oneAllowedCollections(), meta.junctionField(),
            meta.sortField(), meta.oneDeselectAction(), true);
    }

    private static boolean isServed(Relation relation, Map<String, CollectionOverview> collections) {
        return collections.containsKey(relation.collection())
            && relation.relatedCollection().map(collections::containsKey).orElse(true);
    }
}
