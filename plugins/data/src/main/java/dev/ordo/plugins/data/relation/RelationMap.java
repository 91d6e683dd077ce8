package dev.ordo.plugins.data.relation;

import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SchemaOverview;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every relational field of the schema, looked up by collection and field. Built once per schema overview. */
public final class RelationMap {

    private final Map<String, Map<String, RelationField>> byCollection = new HashMap<>();

    private RelationMap() {
    }

    public static RelationMap of(SchemaOverview schema) {
        RelationMap map = new RelationMap();
        for (Relation relation : schema.relations()) {
            map.addManySide(relation);
            relation.meta().ifPresent(meta -> map.addOneSide(relation, meta));
        }
        return map;
    }

    public Optional<RelationField> field(String collection, String field) {
        return Optional.ofNullable(byCollection.getOrDefault(collection, Map.of()).get(field));
    }

    /** The relational fields of a collection, by name. */
    public Map<String, RelationField> fieldsOf(String collection) {
        return byCollection.getOrDefault(collection, Map.of());
    }

    private void addManySide(Relation relation) {
        Optional<RelationMeta> meta = relation.meta();
        if (relation.relatedCollection().isPresent()) {
            put(new RelationField.ManyToOne(relation.collection(), relation.field(), relation.relatedCollection().get(),
                meta.flatMap(RelationMeta::oneField)));
        } else if (meta.isPresent() && meta.get().oneCollectionField().isPresent()
            && !meta.get().oneAllowedCollections().isEmpty()) {
            put(new RelationField.AnyToOne(relation.collection(), relation.field(), meta.get().oneCollectionField().get(),
                meta.get().oneAllowedCollections()));
        }
    }

    private void addOneSide(Relation relation, RelationMeta meta) {
        if (meta.oneField().isEmpty() || relation.relatedCollection().isEmpty()) {
            return;
        }
        put(new RelationField.OneToMany(relation.relatedCollection().get(), meta.oneField().get(), relation.collection(),
            relation.field(), meta.junctionField(), meta.sortField(), meta.oneDeselectAction()));
    }

    private void put(RelationField field) {
        byCollection.computeIfAbsent(field.collection(), c -> new HashMap<>()).putIfAbsent(field.field(), field);
    }

    List<RelationField> all() {
        return byCollection.values().stream().flatMap(m -> m.values().stream()).toList();
    }
}
