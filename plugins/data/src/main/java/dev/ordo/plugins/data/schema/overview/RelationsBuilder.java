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
 * The relations, one per many-side field ({@code collection.field}): first the {@code directus_relations} rows
 * (in id order), then the built-in relations of system collections, then foreign keys that have neither. A
 * foreign key on the field, if the database has one, is the relation's {@code schema}. Relations with a side
 * outside the served collections are left out.
 */
public final class RelationsBuilder {

    private RelationsBuilder() {
    }

    public static List<Relation> build(Map<String, CollectionOverview> collections, List<RelationMeta> rows,
                                       List<RelationMeta> systemRelations) {
        List<Relation> relations = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (RelationMeta row : rows) {
            add(relations, keys, fromMeta(collections, row));
        }
        for (RelationMeta builtIn : systemRelations) {
            add(relations, keys, fromMeta(collections, asSystem(builtIn)));
        }
        for (CollectionOverview collection : collections.values()) {
            for (ForeignKeySchema foreignKey : collection.table().map(TableSchema::foreignKeys).orElse(List.of())) {
                add(relations, keys, new Relation(collection.name(), foreignKey.column(),
                    Optional.of(foreignKey.foreignKeyTable()), Optional.of(foreignKey), Optional.empty()));
            }
        }
        return relations.stream().filter(relation -> isServed(relation, collections)).toList();
    }

    private static void add(List<Relation> relations, Set<String> keys, Relation relation) {
        if (keys.add(relation.collection() + "\u0000" + relation.field())) {
            relations.add(relation);
        }
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
